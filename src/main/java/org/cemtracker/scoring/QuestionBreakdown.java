package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Question;

/**
 * Question by question, the figures of one published group (DESIGN §4 rules 1 and 2, issue 15): how
 * many were asked, answered and said "don't know", the mean and its 0–100 score, the distribution
 * over the scale's levels and the favourable / neutral / unfavourable split ({@link Bands}); and
 * each dimension's score in the group. All of it are sums over the group's released cells, so the
 * audit that released them covers these figures as it covers the scores.
 */
public final class QuestionBreakdown {

  private QuestionBreakdown() {}

  /** One question in the group; {@code mean} and {@code score} are null when nobody answered. */
  public record QuestionFigures(
      String questionId,
      String dimensionId,
      long asked,
      long answered,
      long dontKnow,
      Double mean,
      Double score,
      List<Long> distribution,
      Bands.Split bands) {}

  /** A dimension's score in the group and its questions, in the model's order. */
  public record DimensionFigures(
      String dimensionId, Double score, List<QuestionFigures> questions) {}

  /** The group's breakdown, dimension by dimension. */
  public record Breakdown(PublishedGroups.Group group, List<DimensionFigures> dimensions) {}

  public static Breakdown of(Cells cells, PublishedGroups.Group group) {
    ScoringModel scoring = cells.model();
    MaturityModel model = scoring.model();
    Tally tally = scoring.newTally();
    long[] asked = new long[scoring.questionCount()];
    for (Cell cell : group.cells()) {
      CellSums sums = cells.sums(cell);
      tally.addAll(sums.tally);
      for (int q = 0; q < asked.length; q++) {
        if (model.questions().get(q).tiers().contains(cell.tier())) {
          asked[q] += sums.responses();
        }
      }
    }
    Bands bands = new Bands(model.levels());
    Double[] dimensionScores = scoring.dimensionScores(tally);
    List<DimensionFigures> dimensions = new ArrayList<>();
    for (int d = 0; d < model.dimensions().size(); d++) {
      String dimensionId = model.dimensions().get(d).id();
      List<QuestionFigures> questions = new ArrayList<>();
      for (int q = 0; q < asked.length; q++) {
        Question question = model.questions().get(q);
        if (question.dimension().equals(dimensionId) && asked[q] > 0) {
          questions.add(figures(question, asked[q], tally, q, bands, scoring));
        }
      }
      if (!questions.isEmpty()) {
        dimensions.add(new DimensionFigures(dimensionId, dimensionScores[d], questions));
      }
    }
    return new Breakdown(group, dimensions);
  }

  private static QuestionFigures figures(
      Question question, long asked, Tally tally, int q, Bands bands, ScoringModel scoring) {
    Double mean = tally.mean(q);
    Double score = mean == null ? null : scoring.toPoints(mean);
    long[] distribution = tally.distribution(q);
    return new QuestionFigures(
        question.id(),
        question.dimension(),
        asked,
        tally.answered(q),
        asked - tally.answered(q),
        mean,
        score,
        Arrays.stream(distribution).boxed().toList(),
        bands.split(distribution));
  }
}
