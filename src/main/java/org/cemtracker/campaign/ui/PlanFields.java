package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Tr;

/** The plan form's two text fields: reminder days ("3, 1") and department targets per line. */
final class PlanFields {

  private PlanFields() {}

  record Parsed(List<Integer> reminders, Map<String, Integer> targets) {}

  static Parsed parse(String reminders, String targets) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<Integer> days = new ArrayList<>();
    for (String part : (reminders == null ? "" : reminders).split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        days.add(Integer.parseInt(part.trim()));
      } catch (NumberFormatException e) {
        errors.putIfAbsent("remindDaysBefore", Tr.t("campaign.plan.daysAsNumbers", part));
      }
    }
    Map<String, Integer> percents = new LinkedHashMap<>();
    String[] lines = (targets == null ? "" : targets).split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.lastIndexOf('=');
      try {
        percents.put(
            line.substring(0, eq).trim(),
            Integer.parseInt(line.substring(eq + 1).replace("%", "").trim()));
      } catch (RuntimeException e) {
        errors.putIfAbsent(
            "departmentTargets", Tr.t("campaign.plan.targetLine", String.valueOf(i + 1)));
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return new Parsed(days, percents);
  }

  /**
   * Shows the problem's reminder and department-target messages on their text fields; whether it
   * named either.
   */
  static boolean mark(Problem problem, HasValidation reminders, HasValidation targets) {
    boolean r = show(problem, "remindDaysBefore", reminders);
    boolean t = show(problem, "departmentTargets", targets);
    return r || t;
  }

  private static boolean show(Problem problem, String prefix, HasValidation field) {
    String message =
        problem.fields().entrySet().stream()
            .filter(e -> e.getKey().startsWith(prefix))
            .map(
                e ->
                    (e.getKey().equals(prefix) ? "" : e.getKey().substring(prefix.length()) + " ")
                        + e.getValue())
            .collect(Collectors.joining("; "));
    field.setInvalid(!message.isEmpty());
    field.setErrorMessage(message.isEmpty() ? null : message);
    return !message.isEmpty();
  }
}
