package org.cemtracker.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.Recommendation;
import org.cemtracker.model.MaturityModel.ScaleLevel;
import org.cemtracker.model.MaturityModel.Stage;
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
          new ScaleLevel(level.level(), i < t.scale().size() ? t.scale().get(i) : level.label()));
    }
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
              s.maxBoltOnGap()));
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (Dimension d : model.dimensions()) {
      Texts texts = t.dimensions().get(d.id());
      dimensions.add(
          new Dimension(
              d.id(),
              texts == null ? d.name() : texts.name(),
              texts == null || texts.description() == null ? d.description() : texts.description(),
              d.weight()));
    }
    List<Question> questions = new ArrayList<>();
    for (Question q : model.questions()) {
      QuestionTexts texts = t.questions().get(q.id());
      questions.add(
          new Question(
              q.id(),
              q.dimension(),
              texts == null ? q.text() : texts.text(),
              q.tiers(),
              texts == null || texts.anchors().size() != q.anchors().size()
                  ? q.anchors()
                  : texts.anchors(),
              q.weight()));
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
        Map.of());
  }
}
