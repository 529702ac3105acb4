package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends every case of the corpus and checks each answer: its status, the API.md error body naming
 * the field, no Java or HTML in it — and that everything the callers can read is as it was.
 */
final class BadInputRun {

  private final BadInputCorpus corpus;
  private final List<String> failures = new ArrayList<>();

  BadInputRun(BadInputCorpus corpus) {
    this.corpus = corpus;
  }

  /** Runs the corpus; fails listing every case that was not refused as it must be. */
  void runAll() {
    List<BadInput> cases = corpus.cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
    Map<String, String> before = state();
    for (BadInput c : cases) {
      Response response = send(c);
      check(c, response);
      Map<String, String> after = state();
      if (!after.equals(before)) {
        for (Map.Entry<String, String> read : after.entrySet()) {
          if (!read.getValue().equals(before.get(read.getKey()))) {
            failures.add(c + ": changed " + read.getKey());
          }
        }
        before = after;
      }
    }
    System.out.printf(
        "bad-input corpus: %d cases, %d refused wrongly%n", cases.size(), failures.size());
    assertThat(failures).as("%d of %d cases", failures.size(), cases.size()).isEmpty();
  }

  private void check(BadInput c, Response response) {
    String body = response.asString();
    if (response.statusCode() != c.status()) {
      failures.add(
          c + ": " + response.statusCode() + " instead of " + c.status() + ": " + shorten(body));
      return;
    }
    if (!String.valueOf(response.contentType()).startsWith("application/json")) {
      failures.add(c + ": answered as " + response.contentType());
      return;
    }
    for (String leak : List.of("java.", "jakarta.", "Exception", "org.cemtracker", "<html", "`")) {
      if (body.contains(leak)) {
        failures.add(c + ": the answer names " + leak + ": " + shorten(body));
      }
    }
    JsonPath json = new JsonPath(body);
    if (json.getInt("status") != c.status() || String.valueOf(json.getString("error")).isBlank()) {
      failures.add(c + ": not the API.md error body: " + shorten(body));
    }
    if (c.field() != null) {
      Map<String, String> fields = json.getMap("fields");
      if (fields == null || fields.get(c.field()) == null || fields.get(c.field()).isBlank()) {
        failures.add(c + ": does not name " + c.field() + ": " + shorten(body));
      }
    }
  }

  private Response send(BadInput c) {
    RequestSpecification request = caller(c.caller()).contentType(c.type());
    if (c.body() != null) {
      request = request.body(c.body());
    }
    return request.request(c.method(), c.path());
  }

  private RequestSpecification caller(String who) {
    Api api = corpus.api;
    return switch (who) {
      case "admin" -> api.admin();
      case "outsider" -> api.as(corpus.outsider.email(), corpus.outsider.password());
      case "bearer" -> api.bearer("cem_not-a-token-0000000000000000");
      default -> api.anonymous();
    };
  }

  private Map<String, String> state() {
    Map<String, String> state = new LinkedHashMap<>();
    for (String path : corpus.state()) {
      state.put(path, corpus.api.admin().get(path).then().statusCode(200).extract().asString());
    }
    return state;
  }

  private static String shorten(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
