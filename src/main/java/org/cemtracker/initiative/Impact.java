package org.cemtracker.initiative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.Results.DepartmentResult;
import org.cemtracker.scoring.Results.DimensionScore;

/**
 * An initiative's impact as a difference in differences (DESIGN §8): per target dimension, the
 * change between two waves in the targeted departments, minus the change in the other departments
 * over the same time.
 *
 * <p>It is built only from figures the results already show, so it reveals nothing that disclosure
 * control hides: a department takes part only if it is visible (covered: released responses) with a
 * score for the dimension in both waves; a side's score is the headcount-weighted mean of its
 * departments' dimension scores (the weighting of DESIGN §4 rule 5).
 *
 * <p>Example: targeted Sales (headcount 100) goes from 40 to 55 and Service (50) from 46 to 52: the
 * target side moves from (100·40 + 50·46) / 150 = 42 to (100·55 + 50·52) / 150 = 54, +12. The rest
 * moves from 50 to 53, +3. The difference in differences is 12 − 3 = +9 points.
 */
public final class Impact {

  private Impact() {}

  /** One side (targeted or other departments) of one dimension. */
  public record Side(Double before, Double after, Double change, int departments) {}

  /** One target dimension; {@code difference} is null where either side has no departments. */
  public record DimensionImpact(String dimension, Side targeted, Side others, Double difference) {}

  /**
   * The impact on each dimension. {@code targeted} says whether a department path is one the
   * initiative targets; with no targeted department, every department counts as targeted and there
   * is nothing to compare with.
   */
  public static List<DimensionImpact> of(
      Results before, Results after, List<String> dimensions, Predicate<String> targeted) {
    List<DimensionImpact> impacts = new ArrayList<>();
    for (String dimension : dimensions) {
      Map<String, double[]> pairs = pairs(before, after, dimension);
      Side target = side(pairs, targeted);
      Side others = side(pairs, targeted.negate());
      Double difference =
          target.change() == null || others.change() == null
              ? null
              : target.change() - others.change();
      impacts.add(new DimensionImpact(dimension, target, others, difference));
    }
    return impacts;
  }

  /** Path → {headcount before, score before, headcount after, score after}. */
  private static Map<String, double[]> pairs(Results before, Results after, String dimension) {
    Map<String, double[]> first = visible(before, dimension);
    Map<String, double[]> second = visible(after, dimension);
    Map<String, double[]> pairs = new HashMap<>();
    first.forEach(
        (path, a) -> {
          double[] b = second.get(path);
          if (b != null) {
            pairs.put(path, new double[] {a[0], a[1], b[0], b[1]});
          }
        });
    return pairs;
  }

  private static Map<String, double[]> visible(Results results, String dimension) {
    Map<String, double[]> scores = new HashMap<>();
    if (results.hidden()) {
      return scores;
    }
    for (DepartmentResult d : results.departments()) {
      if (!d.covered() || d.headcount() <= 0) {
        continue;
      }
      d.dimensions().stream()
          .filter(s -> s.id().equals(dimension) && s.score() != null)
          .map(DimensionScore::score)
          .findFirst()
          .ifPresent(score -> scores.put(d.path(), new double[] {d.headcount(), score}));
    }
    return scores;
  }

  private static Side side(Map<String, double[]> pairs, Predicate<String> member) {
    double weightBefore = 0;
    double sumBefore = 0;
    double weightAfter = 0;
    double sumAfter = 0;
    int count = 0;
    for (Map.Entry<String, double[]> e : pairs.entrySet()) {
      if (!member.test(e.getKey())) {
        continue;
      }
      double[] v = e.getValue();
      weightBefore += v[0];
      sumBefore += v[0] * v[1];
      weightAfter += v[2];
      sumAfter += v[2] * v[3];
      count++;
    }
    if (count == 0) {
      return new Side(null, null, null, 0);
    }
    double a = sumBefore / weightBefore;
    double b = sumAfter / weightAfter;
    return new Side(a, b, b - a, count);
  }
}
