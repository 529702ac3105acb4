package org.cemtracker.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.DimensionGroup;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.ScaleLevel;
import org.cemtracker.model.MaturityModel.Stage;

/**
 * The rules of format 2 that a schema cannot state: its fields only with {@code format: 2}, level
 * values ascending, groups and stage minimums naming what the model defines.
 */
final class LevelRules {

  private final BiConsumer<String, String> problems;

  LevelRules(BiConsumer<String, String> problems) {
    this.problems = problems;
  }

  void check(MaturityModel model) {
    if (model.format() == 1) {
      String field = formatTwoField(model);
      if (field != null) {
        problems.accept(field, "this is a field of format 2: put format: 2 at the top of the file");
      }
      return;
    }
    ascending(model.scale(), "/scale");
    model.answerSets().forEach((name, levels) -> ascending(levels, "/answerSets/" + name));
    Set<String> groups = new HashSet<>();
    for (int i = 0; i < model.groups().size(); i++) {
      DimensionGroup g = model.groups().get(i);
      if (!groups.add(g.id()) || model.dimension(g.id()).isPresent()) {
        problems.accept(
            "/groups/" + i + "/id",
            "group id '" + g.id() + "' is used twice, or by a dimension as well");
      } else if (model.dimensionsOf(g.id()).isEmpty()) {
        problems.accept("/groups/" + i, "group " + g.id() + " has no dimensions");
      }
    }
    for (int i = 0; i < model.dimensions().size(); i++) {
      Dimension d = model.dimensions().get(i);
      if (d.group() != null && !groups.contains(d.group())) {
        problems.accept(
            "/dimensions/" + i + "/group",
            "dimension "
                + d.id()
                + " names group '"
                + d.group()
                + "', which the model does not define");
      }
    }
    for (int i = 0; i < model.stages().size(); i++) {
      for (String id : model.stages().get(i).minimums().keySet()) {
        if (model.dimension(id).isEmpty() && !groups.contains(id)) {
          problems.accept(
              "/stages/" + i + "/minimums/" + id,
              "stage "
                  + model.stages().get(i).number()
                  + " sets a minimum for '"
                  + id
                  + "', which is neither a dimension nor a group of the model");
        }
      }
    }
  }

  /** Level values must rise from the first level to the last (the last is the best answer). */
  void ascending(List<ScaleLevel> levels, String at) {
    for (int i = 0; i < levels.size(); i++) {
      if (!Double.isFinite(levels.get(i).value())) {
        problems.accept(at + "/" + i + "/value", "a level's value must be a finite number");
        return;
      }
    }
    if (levels.size() > 1
        && !Double.isFinite(levels.get(levels.size() - 1).value() - levels.get(0).value())) {
      problems.accept(at, "the levels' values span more than a number can hold");
      return;
    }
    for (int i = 1; i < levels.size(); i++) {
      if (levels.get(i).value() <= levels.get(i - 1).value()) {
        problems.accept(
            at + "/" + i + "/value",
            "level values must rise from the first level to the last: "
                + levels.get(i).value()
                + " is not above "
                + levels.get(i - 1).value());
        return;
      }
    }
  }

  private static String formatTwoField(MaturityModel model) {
    if (!model.answerSets().isEmpty()) {
      return "/answerSets";
    }
    if (!model.groups().isEmpty()) {
      return "/groups";
    }
    for (int i = 0; i < model.scale().size(); i++) {
      if (model.scale().get(i).value() != model.scale().get(i).level()) {
        return "/scale/" + i + "/value";
      }
    }
    for (int i = 0; i < model.dimensions().size(); i++) {
      if (model.dimensions().get(i).group() != null) {
        return "/dimensions/" + i + "/group";
      }
    }
    for (int i = 0; i < model.questions().size(); i++) {
      Question q = model.questions().get(i);
      String at = "/questions/" + i;
      if (!q.answers().isEmpty() || q.answerSet() != null) {
        return at + "/answers";
      }
      if (q.reversed() || q.criteria() != null || q.externalId() != null) {
        return at
            + (q.reversed() ? "/reversed" : q.criteria() != null ? "/criteria" : "/externalId");
      }
    }
    for (int i = 0; i < model.stages().size(); i++) {
      Stage s = model.stages().get(i);
      if (s.minDimension() != null || !s.minimums().isEmpty()) {
        return "/stages/" + i + (s.minDimension() != null ? "/minDimension" : "/minimums");
      }
    }
    return null;
  }
}
