package org.cemtracker.model;

/** One thing wrong in a model file: where (file, line, field) and what. */
public record ModelProblem(String file, int line, String field, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
