package org.cemtracker.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.Recommendation;
import org.cemtracker.model.MaturityModel.Stage;
import org.cemtracker.model.ModelTranslation.QuestionTexts;
import org.cemtracker.model.ModelTranslation.RecommendationTexts;
import org.cemtracker.model.ModelTranslation.Texts;

/**
 * A translation must be complete: every text of the model in the other language, and nothing that
 * the model does not have. A respondent who picks a language then never meets a question, anchor or
 * label in another.
 */
final class TranslationRules {

  private final Locator locator;
  private final List<ModelProblem> problems = new ArrayList<>();

  TranslationRules(Locator locator) {
    this.locator = locator;
  }

  List<ModelProblem> check(MaturityModel model) {
    for (Map.Entry<String, ModelTranslation> entry : model.translations().entrySet()) {
      String at = "/translations/" + entry.getKey();
      if (entry.getKey().equals(model.language())) {
        add(at, "the model's own language (" + model.language() + ") needs no translation");
        continue;
      }
      check(model, entry.getValue(), at);
    }
    return problems;
  }

  private void check(MaturityModel model, ModelTranslation t, String at) {
    if (!model.description().isEmpty() && t.description() == null) {
      add(at, "the translation lacks the model's description");
    }
    if (t.scale().size() != model.levels()) {
      add(
          at + "/scale",
          "the translation has "
              + t.scale().size()
              + " scale labels; the scale has "
              + model.levels()
              + " levels");
    }
    checkStages(model, t, at);
    Set<String> dimensionIds = ids(model.dimensions().stream().map(Dimension::id).toList());
    compare(dimensionIds, t.dimensions().keySet(), at + "/dimensions", "dimension");
    for (Dimension d : model.dimensions()) {
      Texts texts = t.dimensions().get(d.id());
      if (texts != null && !d.description().isEmpty() && texts.description() == null) {
        add(at + "/dimensions/" + d.id(), "dimension " + d.id() + " lacks its description");
      }
    }
    Set<String> questionIds = ids(model.questions().stream().map(Question::id).toList());
    compare(questionIds, t.questions().keySet(), at + "/questions", "question");
    checkGroupsAndSets(model, t, at);
    for (Question q : model.questions()) {
      QuestionTexts texts = t.questions().get(q.id());
      if (texts == null) {
        continue;
      }
      checkQuestion(q, texts, at + "/questions/" + q.id());
      boolean fromLevels = texts.anchors().isEmpty() && Translated.anchorsOfLevels(model, q);
      if (!fromLevels && texts.anchors().size() != q.anchors().size()) {
        add(
            at + "/questions/" + q.id() + "/anchors",
            "question "
                + q.id()
                + " has "
                + texts.anchors().size()
                + " anchors; it needs "
                + q.anchors().size()
                + ", one per level");
      }
    }
    checkRecommendations(model, t, at);
  }

  private void checkQuestion(Question q, QuestionTexts texts, String at) {
    if (q.criteria() != null && texts.criteria() == null) {
      add(at, "question " + q.id() + " lacks its criteria");
    }
    if (q.answerSet() == null && !q.answers().isEmpty()) {
      levels(q.answers(), texts.answers(), at + "/answers", "question " + q.id());
    } else if (!texts.answers().isEmpty()) {
      add(at + "/answers", "question " + q.id() + " has no answer levels of its own to translate");
    }
  }

  private void checkGroupsAndSets(MaturityModel model, ModelTranslation t, String at) {
    compare(
        ids(model.groups().stream().map(MaturityModel.DimensionGroup::id).toList()),
        t.groups().keySet(),
        at + "/groups",
        "group");
    compare(
        ids(List.copyOf(model.answerSets().keySet())),
        t.answerSets().keySet(),
        at + "/answerSets",
        "answer set");
    model
        .answerSets()
        .forEach(
            (name, levels) -> {
              List<ModelTranslation.LevelTexts> texts = t.answerSets().get(name);
              if (texts != null) {
                levels(levels, texts, at + "/answerSets/" + name, "answer set " + name);
              }
            });
  }

  private void levels(
      List<MaturityModel.ScaleLevel> levels,
      List<ModelTranslation.LevelTexts> texts,
      String at,
      String what) {
    if (texts.size() != levels.size()) {
      add(at, what + " has " + levels.size() + " levels; the translation gives " + texts.size());
      return;
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).anchor() != null && texts.get(i).anchor() == null) {
        add(at + "/" + i, what + ": level " + (i + 1) + " lacks its anchor");
      }
    }
  }

  private void checkStages(MaturityModel model, ModelTranslation t, String at) {
    Set<String> numbers =
        ids(model.stages().stream().map(s -> Integer.toString(s.number())).toList());
    compare(numbers, t.stages().keySet(), at + "/stages", "stage");
    for (Stage s : model.stages()) {
      Texts texts = t.stages().get(Integer.toString(s.number()));
      if (texts != null && !s.description().isEmpty() && texts.description() == null) {
        add(at + "/stages/" + s.number(), "stage " + s.number() + " lacks its description");
      }
    }
  }

  private void checkRecommendations(MaturityModel model, ModelTranslation t, String at) {
    List<Recommendation> originals = model.recommendations();
    List<RecommendationTexts> texts = t.recommendations();
    if (texts.size() != originals.size()) {
      add(
          at + "/recommendations",
          "the translation has "
              + texts.size()
              + " recommendations; the model has "
              + originals.size()
              + ", to be translated in the same order");
      return;
    }
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).kpis().size() != originals.get(i).kpis().size()) {
        add(
            at + "/recommendations/" + i + "/kpis",
            "recommendation "
                + (i + 1)
                + " has "
                + texts.get(i).kpis().size()
                + " KPIs; the model's has "
                + originals.get(i).kpis().size());
      }
    }
  }

  private void compare(Set<String> expected, Set<String> given, String at, String what) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(given);
    if (!missing.isEmpty()) {
      add(at, "the translation lacks " + what + " " + String.join(", ", missing));
    }
    Set<String> unknown = new TreeSet<>(given);
    unknown.removeAll(expected);
    for (String id : unknown) {
      add(at + "/" + id, what + " '" + id + "' is not in the model");
    }
  }

  private static Set<String> ids(List<String> ids) {
    return ids.stream().collect(Collectors.toCollection(TreeSet::new));
  }

  private void add(String pointer, String message) {
    problems.add(locator.problem(pointer, message));
  }
}
