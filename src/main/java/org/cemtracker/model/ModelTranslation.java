package org.cemtracker.model;

import java.util.List;
import java.util.Map;

/**
 * A model's texts in one other language: every text the respondents and readers see, keyed by the
 * model's own ids (stages by number, recommendations in the model's order). Ids, weights, tiers and
 * numbers are never translated, so answers given in any language score as one.
 */
public record ModelTranslation(
    String title,
    String description,
    List<String> scale,
    Map<String, Texts> stages,
    Map<String, Texts> dimensions,
    Map<String, QuestionTexts> questions,
    List<RecommendationTexts> recommendations) {

  public ModelTranslation {
    scale = scale == null ? List.of() : List.copyOf(scale);
    stages = stages == null ? Map.of() : Map.copyOf(stages);
    dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    questions = questions == null ? Map.of() : Map.copyOf(questions);
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
  }

  public record Texts(String name, String description) {}

  public record QuestionTexts(String text, List<String> anchors) {
    public QuestionTexts {
      anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }
  }

  public record RecommendationTexts(String title, String description, List<String> kpis) {
    public RecommendationTexts {
      kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }
  }
}
