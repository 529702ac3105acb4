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
 */
public final class ScoringModel {

  private final MaturityModel model;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[][] questionsOfDimension;
  private final Map<Tier, int[][]> itemsOfTier = new EnumMap<>(Tier.class);

  public ScoringModel(MaturityModel model) {
    this.model = model;
    List<Question> questions = model.questions();
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
    return new Tally(questionCount(), model.levels());
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
              if (level < 1 || level > model.levels()) {
                throw new IllegalArgumentException(
                    "answer "
                        + level
                        + " to "
                        + questionId
                        + " is outside the scale 1–"
                        + model.levels());
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
          sum += w * levels[q];
          questionWeights += w;
        }
      }
      if (questionWeights > 0) {
        double v = model.dimensions().get(d).weight();
        weighted += v * toPoints(sum / questionWeights);
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
        Double mean = group.mean(q);
        if (mean != null) {
          double w = model.questions().get(q).weight();
          weighted += w * mean;
          weights += w;
        }
      }
      scores[d] = weights == 0 ? null : toPoints(weighted / weights);
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

  /** A mean level x on 1–L as points on 0–100: (x − 1) / (L − 1) × 100. */
  double toPoints(double meanLevel) {
    return (meanLevel - 1) / (model.levels() - 1) * 100;
  }
}
