package org.cemtracker.base.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cemtracker.base.Problem;

/** Checks shared by the resources' request bodies. */
public final class Bodies {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private Bodies() {}

  /** A missing JSON body is a 400 that says so, not a null further down. */
  public static <T> T require(T body) {
    if (body == null) {
      throw Problem.invalid("body", "a JSON body is required");
    }
    return body;
  }

  /**
   * A JSON object whose every field is one of {@code fields}: a misspelt field is named, not
   * silently ignored (it would otherwise look like an edit that did nothing).
   */
  public static JsonObject object(String body, Set<String> fields, String what) {
    if (body == null || body.isBlank()) {
      throw Problem.invalid("body", "a JSON body is required");
    }
    JsonValue value;
    try (var reader = Json.createReader(new StringReader(body))) {
      value = reader.readValue();
    } catch (JsonException e) {
      throw Problem.invalid("body", "is not valid JSON");
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw Problem.invalid("body", "must be a JSON object");
    }
    JsonObject object = value.asJsonObject();
    Map<String, String> unknown = new LinkedHashMap<>();
    object.keySet().stream()
        .filter(key -> !fields.contains(key))
        .forEach(key -> unknown.put(key, "is not a field of " + what));
    if (!unknown.isEmpty()) {
      throw Problem.invalid(unknown);
    }
    return object;
  }

  /** Binds a checked JSON object to a record; a value of the wrong type is a 400. */
  public static <T> T bind(JsonObject object, Class<T> type) {
    try {
      return JSONB.fromJson(object.toString(), type);
    } catch (JsonbException e) {
      throw Problem.invalid("body", "a field has a value of the wrong type: " + reason(e));
    }
  }

  private static String reason(JsonbException e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage();
    return message.length() > 200 ? message.substring(0, 200) : message;
  }
}
