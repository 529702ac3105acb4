package org.cemtracker.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one change did, field by field: {@code {"status": {"from": "PROPOSED", "to": "APPROVED"}}}.
 * A field whose value did not change is left out; a created entity's fields have no "from".
 */
public final class Changes {

  private final Map<String, Object[]> fields = new LinkedHashMap<>();

  public Changes change(String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      fields.put(field, new Object[] {from, to});
    }
    return this;
  }

  public Changes set(String field, Object value) {
    return change(field, null, value);
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  String toJson() {
    JsonObjectBuilder object = Json.createObjectBuilder();
    fields.forEach(
        (field, values) ->
            object.add(
                field,
                Json.createObjectBuilder()
                    .add("from", json(values[0]))
                    .add("to", json(values[1]))));
    return object.build().toString();
  }

  private static JsonValue json(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Number) {
      return Json.createValue(((Number) value).doubleValue());
    }
    if (value instanceof Collection) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      ((Collection<?>) value).forEach(v -> array.add(json(v)));
      return array.build();
    }
    return Json.createValue(value.toString());
  }
}
