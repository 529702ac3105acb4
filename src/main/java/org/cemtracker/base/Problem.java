package org.cemtracker.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the caller can act on, raised by services and shown by the UI and the API alike (the
 * API maps {@link #status()} to the HTTP status). Its message never contains a secret.
 */
public class Problem extends RuntimeException {

  private final int status;
  private final Map<String, String> fields;

  protected Problem(int status, String message, Map<String, String> fields) {
    super(message, null, false, false);
    this.status = status;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static Problem invalid(Map<String, String> fields) {
    StringBuilder message = new StringBuilder("Invalid input: ");
    fields.forEach(
        (field, what) ->
            message
                .append(message.length() > 15 ? "; " : "")
                .append(field)
                .append(": ")
                .append(what));
    return new Problem(
        400, message.length() > 500 ? message.substring(0, 500) + "…" : message.toString(), fields);
  }

  public static Problem invalid(String field, String message) {
    return new Problem(400, message, Map.of(field, message));
  }

  public static Problem unauthenticated(String message) {
    return new Problem(401, message, Map.of());
  }

  public static Problem forbidden(String message) {
    return new Problem(403, message, Map.of());
  }

  /** Unknown, or not visible to the caller: the two are never told apart. */
  public static Problem notFound(String what) {
    return new Problem(404, what + " not found", Map.of());
  }

  /** Not found, said in a sentence of its own (for people, not for the name of a thing). */
  public static Problem notFoundSaying(String sentence) {
    return new Problem(404, sentence, Map.of());
  }

  public static Problem conflict(String message) {
    return new Problem(409, message, Map.of());
  }

  public static Problem tooLarge(String message) {
    return new Problem(413, message, Map.of());
  }

  public static Problem tooMany(String message) {
    return new Problem(429, message, Map.of());
  }

  public int status() {
    return status;
  }

  public Map<String, String> fields() {
    return fields;
  }
}
