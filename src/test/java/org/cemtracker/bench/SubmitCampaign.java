package org.cemtracker.bench;

import static org.cemtracker.bench.BenchServer.first;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A campaign of the default model over 60 departments, all phases open, with that many unused
 * invitation links, made through REST on a benchmark's app; and a respondent's submission of random
 * answers through one of its links.
 */
final class SubmitCampaign {

  private static final ObjectMapper JSON = new ObjectMapper();

  final String id;
  final List<String> departments = new ArrayList<>();
  final List<String> tokens = new ArrayList<>();
  final List<String> questions = new ArrayList<>();
  private final BenchServer server;

  private SubmitCampaign(BenchServer server, int links) throws Exception {
    this.server = server;
    StringBuilder csv = new StringBuilder("path,headcount,customerFacing\n");
    for (int d = 0; d < 60; d++) {
      departments.add("Division " + d % 6 + "/Department " + d);
      csv.append(departments.get(d)).append(',').append(50 + d * 7).append(",false\n");
    }
    String orgId =
        first(
            server
                .post("/api/organisations", "application/json", bytes("{\"name\":\"Submit\"}"))
                .body(),
            "\"id\":\"([^\"]+)\"");
    server.put("/api/organisations/" + orgId + "/departments", "text/csv", bytes(csv.toString()));
    id =
        first(
            server
                .post(
                    "/api/organisations/" + orgId + "/campaigns",
                    "application/json",
                    bytes("{\"modelId\":\"cem-maturity\",\"name\":\"Submit\"}"))
                .body(),
            "\"id\":\"([^\"]+)\"");
    for (String tier : List.of("LEADERSHIP", "MANAGEMENT", "STAFF")) {
      server.post(
          "/api/campaigns/" + id + "/phases/" + tier + "/open", "application/json", new byte[0]);
    }
    for (int made = 0; made < links; made += 1000) {
      String body =
          server
              .post(
                  "/api/campaigns/" + id + "/invitations",
                  "application/json",
                  bytes(
                      "{\"departmentPath\":\""
                          + departments.get(made / 1000 % departments.size())
                          + "\",\"tier\":\"STAFF\",\"count\":"
                          + Math.min(1000, links - made)
                          + "}"))
              .body();
      for (JsonNode link : JSON.readTree(body)) {
        tokens.add(link.get("token").asText());
      }
    }
    for (JsonNode section :
        JSON.readTree(server.get("/api/survey/" + tokens.get(0)).body()).get("sections")) {
      for (JsonNode q : section.get("questions")) {
        questions.add(q.get("id").asText());
      }
    }
  }

  static SubmitCampaign make(BenchServer server, int links) throws Exception {
    return new SubmitCampaign(server, links);
  }

  /** Submits random answers through the i-th link; throws unless the app stored them (201). */
  void submit(int i) throws Exception {
    post(tokens.get(i), 201);
  }

  /**
   * The same submission through a link that does not exist: the app parses it and looks the link up
   * (one indexed read), writes nothing and answers 404 — what any submit costs before its writes.
   */
  void submitUnknown(int i) throws Exception {
    post("unknown-" + i + tokens.get(0).substring(10), 404);
  }

  private void post(String token, int expected) throws Exception {
    Map<String, Integer> answers = new LinkedHashMap<>();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    questions.forEach(q -> answers.put(q, 1 + random.nextInt(5)));
    HttpResponse<String> response =
        server.anonymousPost(
            "/api/survey/" + token + "/submit",
            JSON.writeValueAsString(Map.of("answers", answers)));
    if (response.statusCode() != expected) {
      throw new IllegalStateException(response.statusCode() + ": " + response.body());
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
