package org.cemtracker.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases of the bad-input corpus (issue 14): a request that must be refused, the status it must
 * get and the field its error must name. {@link #mutations} derives, from one well-formed body of
 * an endpoint, a case for each field given a value of each other JSON type and for each way a body
 * itself can be wrong.
 */
record BadInput(
    String name,
    String caller,
    String method,
    String path,
    String type,
    byte[] body,
    int status,
    String field) {

  static final String JSON = "application/json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The JSON types of the fields of a body, for the values of other types to send. */
  enum Kind {
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    TEXTS,
    OBJECT
  }

  static BadInput json(
      String name, String method, String path, String json, int status, String field) {
    return new BadInput(name, "admin", method, path, JSON, utf8(json), status, field);
  }

  BadInput as(String who) {
    return new BadInput(name, who, method, path, type, body, status, field);
  }

  /** Every field of {@code valid} with a value of another type, and every malformed body. */
  static List<BadInput> mutations(
      String endpoint,
      String method,
      String path,
      Map<String, Object> valid,
      Map<String, Kind> kinds) {
    List<BadInput> cases = new ArrayList<>();
    kinds.forEach(
        (field, kind) -> {
          for (Object wrong : wrongValues(kind)) {
            cases.add(
                json(
                    endpoint + ": " + field + " = " + write(wrong),
                    method,
                    path,
                    write(with(valid, field, wrong)),
                    400,
                    field));
          }
        });
    if (kinds.containsValue(Kind.TEXTS)) {
      String list =
          kinds.entrySet().stream()
              .filter(e -> e.getValue() == Kind.TEXTS)
              .findFirst()
              .orElseThrow()
              .getKey();
      cases.add(
          json(
              endpoint + ": an item of " + list + " a number",
              method,
              path,
              write(with(valid, list, List.of(5))),
              400,
              list + "[0]"));
    }
    String text =
        kinds.entrySet().stream()
            .filter(e -> e.getValue() == Kind.TEXT)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    String first = valid.keySet().iterator().next();
    cases.addAll(malformed(endpoint, method, path, valid, first, text));
    return cases;
  }

  /** The ways a body is wrong whatever its fields: each must be a 400 that names where. */
  static List<BadInput> malformed(
      String endpoint,
      String method,
      String path,
      Map<String, Object> valid,
      String first,
      String text) {
    String body = write(valid);
    List<BadInput> cases = new ArrayList<>();
    cases.add(
        json(
            endpoint + ": cut short",
            method,
            path,
            body.substring(0, body.length() / 2),
            400,
            "body"));
    cases.add(json(endpoint + ": not JSON", method, path, "name=x&y=z", 400, "body"));
    cases.add(json(endpoint + ": an array", method, path, "[" + body + "]", 400, "body"));
    cases.add(json(endpoint + ": a string", method, path, "\"x\"", 400, "body"));
    cases.add(json(endpoint + ": two values", method, path, body + " " + body, 400, "body"));
    cases.add(
        json(
            endpoint + ": nested 20,000 deep",
            method,
            path,
            "[".repeat(20_000) + "]".repeat(20_000),
            400,
            "body"));
    cases.add(
        json(
            endpoint + ": an unknown field",
            method,
            path,
            write(with(valid, "bogus", 1)),
            400,
            "bogus"));
    cases.add(
        json(
            endpoint + ": a field twice",
            method,
            path,
            "{\"" + first + "\":" + write(valid.get(first)) + "," + body.substring(1),
            400,
            first));
    if (text != null) {
      cases.add(
          json(
              endpoint + ": NUL in " + text,
              method,
              path,
              write(with(valid, text, "a\u0000b")),
              400,
              text));
      String half = write(with(valid, text, "a-HALF-")).replace("-HALF-", "\\ud800");
      cases.add(json(endpoint + ": half a surrogate in " + text, method, path, half, 400, text));
      byte[] latin1 =
          write(with(valid, text, "Caf\u00e9 cr\u00e8me")).getBytes(StandardCharsets.ISO_8859_1);
      cases.add(
          new BadInput(
              endpoint + ": Latin-1 bytes in " + text,
              "admin",
              method,
              path,
              JSON,
              latin1,
              400,
              text));
    }
    return cases;
  }

  private static List<Object> wrongValues(Kind kind) {
    return switch (kind) {
      case TEXT -> List.of(12, true, Map.of("a", 1), List.of("a"));
      case INTEGER -> List.of("3", 3.5, true, "");
      case NUMBER -> List.of("4", true, Map.of());
      case BOOLEAN -> List.of("yes", 1, "true");
      case TEXTS -> List.of("x", Map.of("a", 1), 5);
      case OBJECT -> List.of("x", List.of(1), 7);
    };
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + path + " (" + name + ")";
  }
}
