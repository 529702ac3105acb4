package org.cemtracker.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.cemtracker.base.Problem;

/** Shows a problem's field messages on the form's fields; a problem naming no field goes on up. */
public final class FieldErrors {

  private FieldErrors() {}

  /**
   * Marks each field the problem names as invalid with its message, and clears the others.
   *
   * @param fields the form's fields by the name the service uses for them
   * @throws Problem the problem itself when it names no field of the form
   */
  public static void show(Problem problem, Map<String, ? extends HasValidation> fields) {
    fields.forEach(
        (name, field) -> {
          String message = problem.fields().get(name);
          field.setInvalid(message != null);
          field.setErrorMessage(message);
        });
    if (fields.keySet().stream().noneMatch(problem.fields()::containsKey)) {
      throw problem;
    }
  }
}
