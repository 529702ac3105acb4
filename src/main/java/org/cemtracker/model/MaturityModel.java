package org.cemtracker.model;

import java.util.List;
import java.util.Optional;

/**
 * A maturity model as loaded from {@code assessments/*.yaml}: the answer scale, the stages from
 * bolt-on CX to CEM orientation, the dimensions and their questions with one behaviour anchor per
 * scale level, and recommended initiatives. Immutable; a campaign keeps the exact version it ran
 * with.
 */
public record MaturityModel(
    String id,
    String version,
    String title,
    String description,
    List<ScaleLevel> scale,
    double cemLine,
    List<Stage> stages,
    List<Dimension> dimensions,
    List<Question> questions,
    List<Recommendation> recommendations) {

  public static final double DEFAULT_CEM_LINE = 60;

  public MaturityModel {
    scale = List.copyOf(scale);
    stages = List.copyOf(stages);
    dimensions = List.copyOf(dimensions);
    questions = List.copyOf(questions);
    recommendations = List.copyOf(recommendations);
  }

  /** L, the number of levels of the answer scale. */
  public int levels() {
    return scale.size();
  }

  public Optional<Dimension> dimension(String dimensionId) {
    return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  public List<Question> questionsOf(String dimensionId) {
    return questions.stream().filter(q -> q.dimension().equals(dimensionId)).toList();
  }

  public List<Question> questionsFor(Tier tier) {
    return questions.stream().filter(q -> q.tiers().contains(tier)).toList();
  }

  /** A level of the answer scale, numbered from 1 (bolt-on) to L. */
  public record ScaleLevel(int level, String label) {}

  /**
   * A stage: its band starts at {@code min} on the CEM index; optionally it also needs a minimum
   * reach (fraction 0–1) and a maximum bolt-on gap (points).
   */
  public record Stage(
      int number,
      String name,
      String description,
      double min,
      Double minReach,
      Double maxBoltOnGap) {}

  public record Dimension(String id, String name, String description, double weight) {}

  public record Question(
      String id,
      String dimension,
      String text,
      List<Tier> tiers,
      List<String> anchors,
      double weight) {
    public Question {
      tiers = List.copyOf(tiers);
      anchors = List.copyOf(anchors);
    }
  }

  public record Recommendation(
      String dimension, int stage, String title, String description, List<String> kpis) {
    public Recommendation {
      kpis = List.copyOf(kpis);
    }
  }
}
