package org.cemtracker.base.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** JSON's words for a declared type ("must be an integer") and for a value sent ("text "3""). */
public final class Shapes {

  private Shapes() {}

  public static String must(Class<?> type) {
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || type == BigInteger.class) {
      return "must be an integer";
    }
    if (type == Double.class
        || type == double.class
        || type == Float.class
        || type == float.class
        || type == BigDecimal.class
        || type == Number.class) {
      return "must be a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "must be text (a JSON string)";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "must be an array";
    }
    return "must be an object";
  }

  public static String given(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "missing";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      String text = value.textValue();
      return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
    if (value.isNumber()) {
      return "the number " + value;
    }
    if (value.isBoolean()) {
      return String.valueOf(value.booleanValue());
    }
    return value.isArray() ? "an array" : "an object";
  }
}
