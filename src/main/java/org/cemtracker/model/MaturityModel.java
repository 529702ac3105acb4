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
    Map<String, ModelTranslation> translations,
    int format,
    Map<String, List<ScaleLevel>> answerSets,
    List<DimensionGroup> groups) {

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

  /** A model of format 1: one scale, no answer sets, no groups. */
  public MaturityModel(
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
    this(
        id,
        version,
        title,
        description,
        language,
        scale,
        cemLine,
        stages,
        dimensions,
        questions,
        recommendations,
        translations,
        1,
        Map.of(),
        List.of());
  }

  public MaturityModel {
    format = format == 0 ? 1 : format;
    answerSets = answerSets == null ? Map.of() : Map.copyOf(answerSets);
    groups = groups == null ? List.of() : List.copyOf(groups);
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

  /** L, the number of levels of the model's scale (the answer set of questions without one). */
  public int levels() {
    return scale.size();
  }

  /** The answer levels of a question: its own answer set, or the model's scale. */
  public List<ScaleLevel> answersOf(Question question) {
    return question.answers().isEmpty() ? scale : question.answers();
  }

  /**
   * The points an answer at each level of a question counts for: its level's value v mapped to (v −
   * lo) / (hi − lo) × 100 over its answers' lowest and highest values, or 100 minus that when the
   * question is reverse-keyed. Two questions score alike exactly when these are equal.
   */
  public List<Double> pointsOf(Question question) {
    List<ScaleLevel> levels = answersOf(question);
    double lo = levels.get(0).value();
    double hi = levels.get(levels.size() - 1).value();
    return levels.stream()
        .map(l -> (l.value() - lo) / (hi - lo) * 100)
        .map(p -> question.reversed() ? 100 - p : p)
        .toList();
  }

  /** The most levels any question's answers have. */
  public int mostLevels() {
    return questions.stream().mapToInt(q -> answersOf(q).size()).max().orElse(levels());
  }

  public Optional<DimensionGroup> group(String groupId) {
    return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
  }

  public List<Dimension> dimensionsOf(String groupId) {
    return dimensions.stream().filter(d -> groupId.equals(d.group())).toList();
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

  /**
   * A level of an answer set, numbered from 1 (lowest) to L, with its value (by default the level's
   * number, evenly spaced) and, optionally, its behaviour anchor for questions that give none.
   */
  public record ScaleLevel(int level, String label, Double value, String anchor) {
    public ScaleLevel(int level, String label) {
      this(level, label, null, null);
    }

    public ScaleLevel {
      value = value == null ? Double.valueOf(level) : value;
    }
  }

  /**
   * A group of dimensions (a function above its practices), scored as the weighted mean of its
   * dimensions' scores, by the dimensions' own weights.
   */
  public record DimensionGroup(String id, String name, String description) {}

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
      Double maxBoltOnGap,
      Double minDimension,
      Map<String, Double> minimums) {

    public Stage(
        int number,
        String name,
        String description,
        double min,
        Double minReach,
        Double maxBoltOnGap) {
      this(number, name, description, min, minReach, maxBoltOnGap, null, Map.of());
    }

    public Stage {
      minimums = minimums == null ? Map.of() : Map.copyOf(minimums);
    }
  }

  /** A dimension; {@code group} is the id of its dimension group, or null. */
  public record Dimension(String id, String name, String description, double weight, String group) {
    public Dimension(String id, String name, String description, double weight) {
      this(id, name, description, weight, null);
    }
  }

  /**
   * A question. {@code answers} is its own answer set (empty: the model's scale), named {@code
   * answerSet} when shared; a reverse-keyed question scores its answers the other way round; {@code
   * criteria} (what qualifies an answer) and {@code externalId} (the instrument's own reference)
   * are optional.
   */
  public record Question(
      String id,
      String dimension,
      String text,
      List<Tier> tiers,
      List<String> anchors,
      double weight,
      String answerSet,
      List<ScaleLevel> answers,
      boolean reversed,
      String criteria,
      String externalId) {

    public Question(
        String id,
        String dimension,
        String text,
        List<Tier> tiers,
        List<String> anchors,
        double weight) {
      this(id, dimension, text, tiers, anchors, weight, null, List.of(), false, null, null);
    }

    public Question {
      tiers = List.copyOf(tiers);
      anchors = List.copyOf(anchors);
      answers = answers == null ? List.of() : List.copyOf(answers);
    }
  }

  public record Recommendation(
      String dimension, int stage, String title, String description, List<String> kpis) {
    public Recommendation {
      kpis = List.copyOf(kpis);
    }
  }
}
