package org.cemtracker.base.rest;

import java.util.Map;
import org.cemtracker.base.Problem;

/**
 * Query parameters read as text and converted here: JAX-RS would answer a {@code ?version=abc} as a
 * path that does not exist (404) instead of a parameter that is wrong (400, named).
 */
public final class QueryParams {

  private QueryParams() {}

  /** The whole number in {@code value}, {@code otherwise} when it is absent. */
  public static Long whole(String value, String name, Long otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw Problem.invalid(Map.of(name, "must be a whole number, not \"" + shorten(value) + "\""));
    }
  }

  /** The whole number in {@code value}, from {@code min} to {@code max}. */
  public static int whole(String value, String name, int otherwise, int min, int max) {
    long number = whole(value, name, (long) otherwise);
    if (number < min || number > max) {
      throw Problem.invalid(Map.of(name, "must be from " + min + " to " + max));
    }
    return (int) number;
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
