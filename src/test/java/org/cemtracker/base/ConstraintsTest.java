package org.cemtracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bean Validation's violations, named as the client wrote the field. */
class ConstraintsTest {

  record Step(@Size(max = 3, message = "at most {max} characters") String unit) {}

  record Plan(
      @Size(max = 2, message = "at most {max}")
          List<@NotNull(message = "must be an object") @Valid Step> steps) {}

  @Test
  void namesEachViolationByItsPath() {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("abcd"));
    steps.add(null);
    assertThat(Constraints.violations(new Plan(steps)))
        .containsExactly(
            Map.entry("steps[0].unit", "at most 3 characters"),
            Map.entry("steps[1]", "must be an object"));
    assertThat(Constraints.violations(new Plan(Collections.nCopies(3, new Step("a")))))
        .containsExactly(Map.entry("steps", "at most 2"));
    assertThat(Constraints.violations(new Plan(List.of(new Step("abc"))))).isEmpty();
  }
}
