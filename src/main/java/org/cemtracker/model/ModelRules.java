package org.cemtracker.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.Stage;

/** The rules of a model that its JSON Schema cannot state: references, uniqueness, order. */
final class ModelRules {

  private final Locator locator;
  private final List<ModelProblem> problems = new ArrayList<>();

  ModelRules(Locator locator) {
    this.locator = locator;
  }

  List<ModelProblem> check(MaturityModel model) {
    checkScale(model);
    new LevelRules(this::add).check(model);
    checkStages(model);
    Set<String> dimensions =
        unique(
            model.dimensions().stream().map(MaturityModel.Dimension::id).toList(),
            "dimensions",
            "dimension");
    unique(model.questions().stream().map(Question::id).toList(), "questions", "question");
    for (int i = 0; i < model.questions().size(); i++) {
      Question q = model.questions().get(i);
      if (!dimensions.contains(q.dimension())) {
        add(
            "/questions/" + i + "/dimension",
            "question "
                + q.id()
                + " names dimension '"
                + q.dimension()
                + "', which the model does not define");
      }
      if (q.answerSet() != null && !model.answerSets().containsKey(q.answerSet())) {
        add(
            "/questions/" + i + "/answers",
            "question "
                + q.id()
                + " names answer set '"
                + q.answerSet()
                + "', which the model does not define");
      } else if (q.anchors().size() != model.answersOf(q).size()) {
        add(
            "/questions/" + i + "/anchors",
            "question "
                + q.id()
                + " has "
                + q.anchors().size()
                + " anchors; its answers have "
                + model.answersOf(q).size()
                + " levels and need one anchor per level");
      }
      if (q.answerSet() == null) {
        new LevelRules(this::add).ascending(q.answers(), "/questions/" + i + "/answers");
      }
    }
    for (MaturityModel.Dimension d : model.dimensions()) {
      if (model.questionsOf(d.id()).isEmpty()) {
        add(
            "/dimensions/" + model.dimensions().indexOf(d),
            "dimension " + d.id() + " has no questions");
      }
    }
    Set<Integer> stageNumbers = new HashSet<>();
    model.stages().forEach(s -> stageNumbers.add(s.number()));
    for (int i = 0; i < model.recommendations().size(); i++) {
      MaturityModel.Recommendation r = model.recommendations().get(i);
      if (!dimensions.contains(r.dimension())) {
        add(
            "/recommendations/" + i + "/dimension",
            "recommendation names dimension '"
                + r.dimension()
                + "', which the model does not define");
      }
      if (!stageNumbers.contains(r.stage())) {
        add(
            "/recommendations/" + i + "/stage",
            "recommendation names stage " + r.stage() + ", which the model does not define");
      }
    }
    return problems;
  }

  private void checkScale(MaturityModel model) {
    for (int i = 0; i < model.scale().size(); i++) {
      if (model.scale().get(i).level() != i + 1) {
        add(
            "/scale/" + i + "/level",
            "scale levels must be numbered 1, 2, 3, … in order; found "
                + model.scale().get(i).level()
                + " at position "
                + (i + 1));
      }
    }
  }

  private void checkStages(MaturityModel model) {
    List<Stage> stages = model.stages();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      if (stage.number() != i + 1) {
        add(
            "/stages/" + i + "/number",
            "stages must be numbered 1, 2, 3, … in order; found "
                + stage.number()
                + " at position "
                + (i + 1));
      }
      if (i == 0 && stage.min() != 0) {
        add("/stages/0/min", "the first stage's band must start at 0, not " + stage.min());
      }
      if (i > 0 && stage.min() <= stages.get(i - 1).min()) {
        add(
            "/stages/" + i + "/min",
            "stage bands must ascend: "
                + stage.min()
                + " is not above the previous stage's "
                + stages.get(i - 1).min());
      }
    }
  }

  private Set<String> unique(List<String> ids, String list, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        add("/" + list + "/" + i + "/id", what + " id '" + ids.get(i) + "' is used twice");
      }
    }
    return seen;
  }

  private void add(String pointer, String message) {
    problems.add(locator.problem(pointer, message));
  }
}
