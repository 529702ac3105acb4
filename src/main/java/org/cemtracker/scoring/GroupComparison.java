package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cemtracker.scoring.QuestionBreakdown.Breakdown;
import org.cemtracker.scoring.QuestionBreakdown.DimensionFigures;
import org.cemtracker.scoring.QuestionBreakdown.QuestionFigures;
import org.cemtracker.scoring.Results.DepartmentResult;
import org.cemtracker.scoring.Results.DimensionScore;

/**
 * One published group beside the organisation and beside itself in the previous wave: per dimension
 * the group's score, the organisation's (DESIGN §4 rule 5) and the difference, the same group's
 * score in the previous wave and the change (rule 13, matched by dimension id and department path);
 * per question the previous wave's mean and the change.
 *
 * <p>Every figure is one the results already publish, or a headcount-weighted mean of them, so a
 * comparison tells nothing that the dashboard does not: a department's and a tier's dimension
 * scores are rule 2's (the heatmap and the radar show them); a division's and a side's weigh the
 * dimension scores of their covered departments by headcount, as rule 5 weighs the organisation's.
 * Question means come from the two waves' breakdowns, each with its own withholding.
 */
public final class GroupComparison {

  private GroupComparison() {}

  /** A dimension of the group; every figure null where it is undefined or hidden. */
  public record DimensionComparison(
      String dimensionId,
      Double score,
      Double organisation,
      Double difference,
      Double previous,
      Double change) {}

  /** A question's mean in the previous wave and the change since. */
  public record QuestionChange(Double previousMean, Double change) {}

  /** The comparison, dimension by dimension and (by question id) question by question. */
  public record Comparison(
      List<DimensionComparison> dimensions, Map<String, QuestionChange> questions) {}

  /**
   * Compares the group in {@code now} with the organisation and with {@code before}, the previous
   * wave's results (null when there is none) and the breakdown of the same group there (null when
   * it is not a published group of that wave).
   */
  public static Comparison of(
      PublishedGroups.Group group,
      Results now,
      Breakdown questionsNow,
      Results before,
      Breakdown questionsBefore) {
    List<DimensionComparison> dimensions = new ArrayList<>();
    for (Results.DimensionResult d : now.dimensions()) {
      Double score = score(group, now, d.id());
      // the same group a wave earlier only if it was a published group then
      Double previous =
          before == null || questionsBefore == null ? null : score(group, before, d.id());
      dimensions.add(
          new DimensionComparison(
              d.id(),
              score,
              d.score(),
              ScoringEngine.difference(score, d.score()),
              previous,
              ScoringEngine.difference(score, previous)));
    }
    return new Comparison(dimensions, questions(questionsNow, questionsBefore));
  }

  /** The group's published score of a dimension in these results. */
  static Double score(PublishedGroups.Group group, Results results, String dimension) {
    return switch (group.kind()) {
      case "organisation" ->
          results.dimensions().stream()
              .filter(d -> d.id().equals(dimension))
              .map(Results.DimensionResult::score)
              .findFirst()
              .orElse(null);
      case "tier" ->
          results.tiers().stream()
              .filter(t -> !t.hidden() && group.key().equals("tier:" + t.tier().name()))
              .findFirst()
              .map(t -> of(t.dimensions(), dimension))
              .orElse(null);
      default -> weighted(results, dimension, group::holds);
    };
  }

  /**
   * The headcount-weighted mean of the dimension's scores of the covered, shown departments that
   * pass; for one department, its own score (whatever its headcount).
   */
  private static Double weighted(
      Results results, String dimension, Predicate<DepartmentResult> in) {
    double sum = 0;
    double weight = 0;
    Double only = null;
    int count = 0;
    for (DepartmentResult d : results.departments()) {
      Double score =
          d.covered() && !d.hidden() && in.test(d) ? of(d.dimensions(), dimension) : null;
      if (score != null) {
        sum += d.headcount() * score;
        weight += d.headcount();
        only = score;
        count++;
      }
    }
    if (count == 1) {
      return only;
    }
    return weight == 0 ? null : sum / weight;
  }

  private static Double of(List<DimensionScore> scores, String dimension) {
    return scores.stream()
        .filter(s -> s.id().equals(dimension))
        .map(DimensionScore::score)
        .findFirst()
        .orElse(null);
  }

  private static Map<String, QuestionChange> questions(Breakdown now, Breakdown before) {
    Map<String, QuestionFigures> earlier = new HashMap<>();
    if (before != null) {
      before.dimensions().forEach(d -> d.questions().forEach(q -> earlier.put(q.questionId(), q)));
    }
    Map<String, QuestionChange> changes = new HashMap<>();
    for (DimensionFigures d : now.dimensions()) {
      for (QuestionFigures q : d.questions()) {
        QuestionFigures was = q.withheld() ? null : earlier.get(q.questionId());
        Double mean = was == null ? null : was.mean();
        changes.put(
            q.questionId(), new QuestionChange(mean, ScoringEngine.difference(q.mean(), mean)));
      }
    }
    return changes;
  }
}
