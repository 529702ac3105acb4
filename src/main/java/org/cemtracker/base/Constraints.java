package org.cemtracker.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Jakarta Bean Validation constraints a record declares ({@code @Size} on its lists and texts
 * and so on): checked for every request body once it is bound, and by the services that take the
 * same records from the UI; every violation is named by its field as the client wrote it ({@code
 * departmentPaths[2]}), all at once.
 */
public final class Constraints {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private Constraints() {}

  public static void check(Object value) {
    Map<String, String> fields = violations(value);
    if (!fields.isEmpty()) {
      throw Problem.invalid(fields);
    }
  }

  /** Each field that breaks a constraint, with what it must be; empty when none does. */
  public static Map<String, String> violations(Object value) {
    Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(value);
    Map<String, String> fields = new LinkedHashMap<>();
    violations.stream()
        .sorted(Comparator.comparing(v -> field(v.getPropertyPath())))
        .forEach(v -> fields.putIfAbsent(field(v.getPropertyPath()), v.getMessage()));
    return fields;
  }

  static String field(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (at != null) {
          out.append(node.getIndex() != null ? "[" + at + "]" : "." + at);
        }
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        out.append(out.length() == 0 ? "" : ".").append(node.getName());
      }
    }
    return out.length() == 0 ? "body" : out.toString();
  }
}
