package org.cemtracker.scoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.Tier;

/**
 * A model prepared for scoring: questions by index, and the formulas of DESIGN §4 rules 1–3.
 *
 * <p>Worked example, scale of five levels: a dimension with questions a (weight 2) and b (weight 1)
 * whose mean answers in a group are 4.0 and 2.5 has the weighted mean (2·4.0 + 1·2.5) / 3 = 3.5,
 * mapped to (3.5 − 1) / (5 − 1) × 100 = 62.5. A question nobody in the group answered is left out
 * of its dimension; a dimension with no answered question is undefined and left out of the group
 * score, the weighted mean of the defined dimension scores.
 *
 * <p>Answers count by their level's value (format 2; by default the level's number): an answer at
 * level l of a question whose answers' values run from lo to hi counts for p = (v_l − lo) / (hi −
 * lo) × 100 points, or 100 − p when the question is reverse-keyed; a question's score is the mean
 * of its answers' points, and a dimension's the weighted mean of its questions' scores. With values
 * 1 … L this is rule 2 exactly, since the mapping is linear.
 */
public final class ScoringModel {

  private final MaturityModel model;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[][] questionsOfDimension;
  private final Map<Tier, int[][]> itemsOfTier = new EnumMap<>(Tier.class);

  /** Per question, the points of an answer at each level: {@code points[q][level - 1]}. */
  private final double[][] points;

  private final int[][] dimensionsOfGroup;

  public ScoringModel(MaturityModel model) {
    this.model = model;
    List<Question> questions = model.questions();
    points = new double[questions.size()][];
    for (int q = 0; q < questions.size(); q++) {
      points[q] = model.pointsOf(questions.get(q)).stream().mapToDouble(p -> p).toArray();
    }
    dimensionsOfGroup = new int[model.groups().size()][];
    for (int g = 0; g < dimensionsOfGroup.length; g++) {
      String id = model.groups().get(g).id();
      dimensionsOfGroup[g] =
          IntStream.range(0, model.dimensions().size())
              .filter(d -> id.equals(model.dimensions().get(d).group()))
              .toArray();
    }
    for (int q = 0; q < questions.size(); q++) {
      index.put(questions.get(q).id(), q);
    }
    questionsOfDimension = new int[model.dimensions().size()][];
    for (int d = 0; d < questionsOfDimension.length; d++) {
      String id = model.dimensions().get(d).id();
      questionsOfDimension[d] =
          IntStream.range(0, questions.size())
              .filter(q -> questions.get(q).dimension().equals(id))
              .toArray();
    }
    for (Tier tier : Tier.values()) {
      int[][] items = new int[questionsOfDimension.length][];
      for (int d = 0; d < items.length; d++) {
        items[d] =
            IntStream.of(questionsOfDimension[d])
                .filter(q -> questions.get(q).tiers().contains(tier))
                .toArray();
        if (items[d].length < 2) {
          items[d] = new int[0];
        }
      }
      itemsOfTier.put(tier, items);
    }
  }

  /**
   * Per dimension, the indices of its questions asked of the tier (the items of its instrument
   * quality); empty where fewer than two are asked.
   */
  int[][] items(Tier tier) {
    return itemsOfTier.get(tier);
  }

  public MaturityModel model() {
    return model;
  }

  public int questionCount() {
    return model.questions().size();
  }

  public int dimensionCount() {
    return questionsOfDimension.length;
  }

  public Tally newTally() {
    int[] levels = new int[points.length];
    for (int q = 0; q < levels.length; q++) {
      levels[q] = points[q].length;
    }
    return new Tally(levels);
  }

  /** How many levels question q's answers have. */
  public int levelsOf(int q) {
    return points[q].length;
  }

  /** The points an answer at this level of question q counts for. */
  public double pointsOf(int q, int level) {
    return points[q][level - 1];
  }

  /**
   * The levels with reverse-keyed questions' answers mirrored (level l of L read as L + 1 − l), so
   * that every item of a dimension points the same way, as instrument quality needs.
   */
  int[] keyed(int[] levels) {
    int[] keyed = levels.clone();
    for (int q = 0; q < keyed.length; q++) {
      if (keyed[q] > 0 && model.questions().get(q).reversed()) {
        keyed[q] = points[q].length + 1 - keyed[q];
      }
    }
    return keyed;
  }

  /** Question q's score in a group: the mean points of its answers; null when none answered. */
  public Double questionScore(Tally group, int q) {
    if (group.answered[q] == 0) {
      return null;
    }
    double sum = 0;
    for (int l = 0; l < points[q].length; l++) {
      sum += group.atLevel[q][l] * points[q][l];
    }
    return sum / group.answered[q];
  }

  /** Each dimension group's score: the weighted mean of its dimensions' defined scores. */
  public Double[] groupScores(Double[] dimensionScores) {
    Double[] scores = new Double[dimensionsOfGroup.length];
    for (int g = 0; g < scores.length; g++) {
      double weighted = 0;
      double weights = 0;
      for (int d : dimensionsOfGroup[g]) {
        if (dimensionScores[d] != null) {
          double v = model.dimensions().get(d).weight();
          weighted += v * dimensionScores[d];
          weights += v;
        }
      }
      scores[g] = weights == 0 ? null : weighted / weights;
    }
    return scores;
  }

  /** The index of a question in the model, or -1 when the model has no such question. */
  public int questionIndex(String questionId) {
    Integer q = index.get(questionId);
    return q == null ? -1 : q;
  }

  /** A response's answers as levels by question index, checked against the scale. */
  public int[] levels(Answers answers) {
    int[] levels = new int[questionCount()];
    answers
        .levels()
        .forEach(
            (questionId, level) -> {
              Integer q = index.get(questionId);
              if (q == null) {
                throw new IllegalArgumentException(
                    "unknown question " + questionId + " in model " + model.id());
              }
              if (level == null) {
                return;
              }
              if (level < 1 || level > points[q].length) {
                throw new IllegalArgumentException(
                    "answer "
                        + level
                        + " to "
                        + questionId
                        + " is outside its levels 1–"
                        + points[q].length);
              }
              levels[q] = level;
            });
    return levels;
  }

  /** S({r}) of one respondent straight from their levels (the same formula, no tally needed). */
  Double ownScore(int[] levels) {
    double weighted = 0;
    double weights = 0;
    for (int d = 0; d < questionsOfDimension.length; d++) {
      double sum = 0;
      double questionWeights = 0;
      for (int q : questionsOfDimension[d]) {
        if (levels[q] > 0) {
          double w = model.questions().get(q).weight();
          sum += w * points[q][levels[q] - 1];
          questionWeights += w;
        }
      }
      if (questionWeights > 0) {
        double v = model.dimensions().get(d).weight();
        weighted += v * (sum / questionWeights);
        weights += v;
      }
    }
    return weights == 0 ? null : weighted / weights;
  }

  /** D_d(G) for every dimension, by dimension index; null where undefined. */
  public Double[] dimensionScores(Tally group) {
    Double[] scores = new Double[questionsOfDimension.length];
    for (int d = 0; d < questionsOfDimension.length; d++) {
      double weighted = 0;
      double weights = 0;
      for (int q : questionsOfDimension[d]) {
        Double score = questionScore(group, q);
        if (score != null) {
          double w = model.questions().get(q).weight();
          weighted += w * score;
          weights += w;
        }
      }
      scores[d] = weights == 0 ? null : weighted / weights;
    }
    return scores;
  }

  /** S(G): the weighted mean of the defined dimension scores; null when none is defined. */
  public Double score(Tally group) {
    return score(dimensionScores(group));
  }

  Double score(Double[] dimensionScores) {
    double weighted = 0;
    double weights = 0;
    for (int d = 0; d < dimensionScores.length; d++) {
      if (dimensionScores[d] != null) {
        double v = model.dimensions().get(d).weight();
        weighted += v * dimensionScores[d];
        weights += v;
      }
    }
    return weights == 0 ? null : weighted / weights;
  }
}
