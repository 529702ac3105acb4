package org.cemtracker.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    List<RecommendationTexts> recommendations,
    Map<String, List<LevelTexts>> answerSets,
    Map<String, Texts> groups) {

  public ModelTranslation {
    scale = scale == null ? List.of() : List.copyOf(scale);
    stages = stages == null ? Map.of() : Map.copyOf(stages);
    dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    questions = questions == null ? Map.of() : Map.copyOf(questions);
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    // each list copied too, so that a missing level is refused as unreadable, never read as null
    answerSets =
        answerSets == null
            ? Map.of()
            : answerSets.entrySet().stream()
                .collect(
                    Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    groups = groups == null ? Map.of() : Map.copyOf(groups);
  }

  public record Texts(String name, String description) {}

  /** A question's texts; its anchors may be left out where they are its levels' (format 2). */
  public record QuestionTexts(
      String text, List<String> anchors, List<LevelTexts> answers, String criteria) {
    public QuestionTexts {
      anchors = anchors == null ? List.of() : List.copyOf(anchors);
      answers = answers == null ? List.of() : List.copyOf(answers);
    }
  }

  /** An answer level's label and, where the level has one, its anchor. */
  public record LevelTexts(String label, String anchor) {}

  public record RecommendationTexts(String title, String description, List<String> kpis) {
    public RecommendationTexts {
      kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }
  }
}
