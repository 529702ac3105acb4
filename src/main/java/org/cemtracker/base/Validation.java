package org.cemtracker.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects every invalid field of one input before failing, so the caller sees them all. */
public final class Validation {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,189}$");

  private final Map<String, String> errors = new LinkedHashMap<>();

  public Validation require(boolean condition, String field, String message) {
    if (!condition && !errors.containsKey(field)) {
      errors.put(field, message);
    }
    return this;
  }

  public Validation text(String value, String field, int maxLength) {
    require(value != null && !value.isBlank(), field, "must not be blank");
    require(
        value == null || value.length() <= maxLength,
        field,
        "must be at most " + maxLength + " characters");
    return storable(value, field);
  }

  /** Refuses text that cannot be stored as it is ({@link StoredText}); null passes. */
  public Validation storable(String value, String field) {
    String wrong = value == null ? null : StoredText.wrong(value);
    return require(wrong == null, field, wrong);
  }

  public Validation email(String value, String field) {
    require(
        value != null && EMAIL.matcher(value.trim()).matches(),
        field,
        "must be an e-mail address like name@example.org");
    return this;
  }

  /** Adds the violations of the constraints {@code value} declares ({@link Constraints}). */
  public Validation constraints(Object value) {
    Constraints.violations(value).forEach(errors::putIfAbsent);
    return this;
  }

  public void check() {
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
  }
}
