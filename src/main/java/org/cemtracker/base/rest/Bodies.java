package org.cemtracker.base.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cemtracker.base.Constraints;
import org.cemtracker.base.Problem;
import org.cemtracker.base.json.Shapes;
import org.cemtracker.base.json.StrictJson;

/** Checks shared by the resources' request bodies. */
public final class Bodies {

  private Bodies() {}

  /** A missing JSON body is a 400 that says so, not a null further down. */
  public static <T> T require(T body) {
    if (body == null) {
      throw Problem.invalid("body", "a JSON body is required");
    }
    return body;
  }

  /**
   * A JSON object (read by {@link StrictJson}) whose every field is one of {@code fields}: a
   * misspelt field is named, not silently ignored (it would look like an edit that did nothing).
   */
  public static JsonNode object(JsonNode body, Set<String> fields, String what) {
    require(body);
    if (!body.isObject()) {
      throw Problem.invalid("body", "must be a JSON object, not " + Shapes.given(body));
    }
    Map<String, String> unknown = new LinkedHashMap<>();
    body.fieldNames()
        .forEachRemaining(
            key -> {
              if (!fields.contains(key)) {
                unknown.put(key, "is not a field of " + what);
              }
            });
    if (!unknown.isEmpty()) {
      throw Problem.invalid(unknown);
    }
    return body;
  }

  /** A checked object bound to a record, its constraints checked too. */
  public static <T> T bind(JsonNode object, Class<T> type) {
    T value = StrictJson.bind(object, type);
    Constraints.check(value);
    return value;
  }
}
