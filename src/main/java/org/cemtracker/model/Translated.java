package org.cemtracker.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.DimensionGroup;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.Recommendation;
import org.cemtracker.model.MaturityModel.ScaleLevel;
import org.cemtracker.model.MaturityModel.Stage;
import org.cemtracker.model.ModelTranslation.LevelTexts;
import org.cemtracker.model.ModelTranslation.QuestionTexts;
import org.cemtracker.model.ModelTranslation.RecommendationTexts;
import org.cemtracker.model.ModelTranslation.Texts;

/**
 * A model with its texts replaced by one translation's: the same ids, weights, tiers, levels and
 * stage rules, so that it scores exactly as the model. Where a loaded translation is complete (the
 * loader checks it is) nothing of the original shows through; a text it lacks stays as the
 * original's.
 */
final class Translated {

  private Translated() {}

  static MaturityModel of(MaturityModel model, String language, ModelTranslation t) {
    List<ScaleLevel> scale = new ArrayList<>();
    for (int i = 0; i < model.scale().size(); i++) {
      ScaleLevel level = model.scale().get(i);
      scale.add(
          new ScaleLevel(
              level.level(),
              i < t.scale().size() ? t.scale().get(i) : level.label(),
              level.value(),
              null));
    }
    Map<String, List<ScaleLevel>> answerSets = new LinkedHashMap<>();
    model
        .answerSets()
        .forEach((name, levels) -> answerSets.put(name, levels(levels, t.answerSets().get(name))));
    List<Stage> stages = new ArrayList<>();
    for (Stage s : model.stages()) {
      Texts texts = t.stages().get(Integer.toString(s.number()));
      stages.add(
          new Stage(
              s.number(),
              texts == null ? s.name() : texts.name(),
              texts == null || texts.description() == null ? s.description() : texts.description(),
              s.min(),
              s.minReach(),
              s.maxBoltOnGap(),
              s.minDimension(),
              s.minimums()));
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (Dimension d : model.dimensions()) {
      Texts texts = t.dimensions().get(d.id());
      dimensions.add(
          new Dimension(
              d.id(),
              texts == null ? d.name() : texts.name(),
              texts == null || texts.description() == null ? d.description() : texts.description(),
              d.weight(),
              d.group()));
    }
    List<DimensionGroup> groups = new ArrayList<>();
    for (DimensionGroup g : model.groups()) {
      Texts texts = t.groups().get(g.id());
      groups.add(
          new DimensionGroup(
              g.id(),
              texts == null ? g.name() : texts.name(),
              texts == null || texts.description() == null
                  ? g.description()
                  : texts.description()));
    }
    List<Question> questions = new ArrayList<>();
    for (Question q : model.questions()) {
      QuestionTexts texts = t.questions().get(q.id());
      List<ScaleLevel> answers =
          q.answerSet() != null
              ? answerSets.getOrDefault(q.answerSet(), q.answers())
              : levels(q.answers(), texts == null ? null : texts.answers());
      List<String> anchors = q.anchors();
      if (texts != null && texts.anchors().size() == q.anchors().size()) {
        anchors = texts.anchors();
      } else if (anchorsOfLevels(model, q)) {
        anchors = anchorsOf(answers.isEmpty() ? scale : answers);
      }
      questions.add(
          new Question(
              q.id(),
              q.dimension(),
              texts == null ? q.text() : texts.text(),
              q.tiers(),
              anchors,
              q.weight(),
              q.answerSet(),
              answers,
              q.reversed(),
              texts == null || texts.criteria() == null ? q.criteria() : texts.criteria(),
              q.externalId()));
    }
    List<Recommendation> recommendations = new ArrayList<>();
    for (int i = 0; i < model.recommendations().size(); i++) {
      Recommendation r = model.recommendations().get(i);
      RecommendationTexts texts =
          i < t.recommendations().size() ? t.recommendations().get(i) : null;
      recommendations.add(
          new Recommendation(
              r.dimension(),
              r.stage(),
              texts == null ? r.title() : texts.title(),
              texts == null ? r.description() : texts.description(),
              texts == null || texts.kpis().size() != r.kpis().size() ? r.kpis() : texts.kpis()));
    }
    return new MaturityModel(
        model.id(),
        model.version(),
        t.title() == null ? model.title() : t.title(),
        t.description() == null ? model.description() : t.description(),
        language,
        scale,
        model.cemLine(),
        stages,
        dimensions,
        questions,
        recommendations,
        Map.of(),
        model.format(),
        answerSets,
        groups);
  }

  /** Whether a question's anchors are its levels' anchors (or labels), not its own. */
  static boolean anchorsOfLevels(MaturityModel model, Question q) {
    return model.format() == 2 && q.anchors().equals(anchorsOf(model.answersOf(q)));
  }

  private static List<String> anchorsOf(List<ScaleLevel> levels) {
    return levels.stream().map(l -> l.anchor() == null ? l.label() : l.anchor()).toList();
  }

  private static List<ScaleLevel> levels(List<ScaleLevel> levels, List<LevelTexts> texts) {
    if (texts == null || texts.size() != levels.size()) {
      return levels;
    }
    List<ScaleLevel> translated = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      ScaleLevel l = levels.get(i);
      LevelTexts x = texts.get(i);
      translated.add(
          new ScaleLevel(
              l.level(),
              x.label(),
              l.value(),
              l.anchor() == null || x.anchor() == null ? l.anchor() : x.anchor()));
    }
    return translated;
  }
}
