package org.cemtracker.base.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.cemtracker.base.Constraints;
import org.cemtracker.base.json.StrictJson;

/**
 * Reads the API's JSON request bodies through {@link StrictJson} and checks the constraints their
 * type declares ({@link Constraints}). Three providers use it — for records ({@link
 * RecordBodyReader}), lists ({@link ListBodyReader}) and trees ({@link TreeBodyReader}) — each
 * declaring a type closer to the body's than Jersey's own JSON readers' {@code Object}, so that
 * Jersey always picks them: between readers of the same rank it picks either.
 */
final class StrictJsonReader {

  private StrictJsonReader() {}

  static Object read(Class<?> type, Type genericType, InputStream body) throws IOException {
    if (JsonNode.class.isAssignableFrom(type)) {
      return StrictJson.tree(body);
    }
    Object value = StrictJson.read(body, genericType);
    if (value != null) {
      Constraints.check(value);
    }
    return value;
  }
}
