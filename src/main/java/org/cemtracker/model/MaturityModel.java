package org.cemtracker.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A maturity model as loaded from {@code assessments/*.yaml}: the answer scale, the stages from
 * bolt-on CX to CEM orientation, the dimensions and their questions with one behaviour anchor per
 * scale level, and recommended initiatives; its texts are in {@code language} and, optionally, in
 * the languages of its translations. Immutable; a campaign keeps the exact version it ran with.
 */
public record MaturityModel(
    String id,
    String version,
    String title,
    String description,
    String language,
    List<ScaleLevel> scale,
    double cemLine,
    List<Stage> stages,
    List<Dimension> dimensions,
    List<Question> questions,
    List<Recommendation> recommendations,
    Map<String, ModelTranslation> translations) {

  public static final double DEFAULT_CEM_LINE = 60;
  public static final String DEFAULT_LANGUAGE = "en";

  /** A model in English with no translations. */
  public MaturityModel(
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
    this(
        id,
        version,
        title,
        description,
        DEFAULT_LANGUAGE,
        scale,
        cemLine,
        stages,
        dimensions,
        questions,
        recommendations,
        Map.of());
  }

  public MaturityModel {
    language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
    translations = translations == null ? Map.of() : Map.copyOf(translations);
    scale = List.copyOf(scale);
    stages = List.copyOf(stages);
    dimensions = List.copyOf(dimensions);
    questions = List.copyOf(questions);
    recommendations = List.copyOf(recommendations);
  }

  /** The languages the model can be read in: its own first, then its translations'. */
  public List<String> languages() {
    TreeSet<String> others = new TreeSet<>(translations.keySet());
    others.remove(language);
    return Stream.concat(Stream.of(language), others.stream()).toList();
  }

  /**
   * The model with its texts in {@code requested} if it has them, else in its own language: same
   * ids, weights and rules, so answers given in any of its languages score as one.
   */
  public MaturityModel in(String requested) {
    ModelTranslation translation = requested == null ? null : translations.get(requested);
    return translation == null ? this : Translated.of(this, requested, translation);
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
