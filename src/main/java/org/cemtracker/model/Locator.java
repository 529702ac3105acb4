package org.cemtracker.model;

import java.util.Map;

/**
 * Finds the line of a field in a model file from its JSON pointer ({@code /questions/3/anchors}).
 */
final class Locator {

  private final String file;
  private final Map<String, Integer> lines;

  Locator(String file, Map<String, Integer> lines) {
    this.file = file;
    this.lines = lines;
  }

  ModelProblem problem(String pointer, String message) {
    return new ModelProblem(file, lineOf(pointer), field(pointer), message);
  }

  int lineOf(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = p.lastIndexOf('/');
      if (cut <= 0) {
        return lines.getOrDefault("", 1);
      }
      p = p.substring(0, cut);
    }
  }

  /** {@code /questions/3/anchors} as {@code questions[3].anchors}. */
  static String field(String pointer) {
    StringBuilder field = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        field.append('[').append(part).append(']');
      } else {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return field.toString();
  }
}
