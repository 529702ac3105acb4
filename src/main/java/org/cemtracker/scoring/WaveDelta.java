package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cemtracker.scoring.Results.DepartmentResult;

/**
 * DESIGN §4 rule 13: the change of every score between two campaigns of one organisation (later
 * minus earlier), matched by dimension id, question id and department path; null where either side
 * is undefined or hidden.
 */
public record WaveDelta(
    Double cemIndex,
    Double reach,
    Double boltOnGap,
    Double alignmentGap,
    Double dispersion,
    List<Change> dimensions,
    List<Change> questions,
    List<Change> departments) {

  /** The change of one matched score; {@code key} is a dimension or question id, or a path. */
  public record Change(String key, Double before, Double after, Double delta) {
    static Change of(String key, Double before, Double after) {
      return new Change(key, before, after, ScoringEngine.difference(after, before));
    }
  }

  public static WaveDelta between(Results before, Results after) {
    return new WaveDelta(
        ScoringEngine.difference(after.cemIndex(), before.cemIndex()),
        ScoringEngine.difference(after.reach(), before.reach()),
        ScoringEngine.difference(after.boltOnGap(), before.boltOnGap()),
        ScoringEngine.difference(after.alignmentGap(), before.alignmentGap()),
        ScoringEngine.difference(after.dispersion(), before.dispersion()),
        matched(
            before.dimensions(),
            after.dimensions(),
            Results.DimensionResult::id,
            Results.DimensionResult::score),
        matched(
            before.questions(),
            after.questions(),
            Results.QuestionResult::id,
            Results.QuestionResult::mean),
        matched(
            before.departments(),
            after.departments(),
            DepartmentResult::path,
            WaveDelta::visibleScore));
  }

  private static Double visibleScore(DepartmentResult department) {
    return department.hidden() ? null : department.score();
  }

  private static <T> List<Change> matched(
      List<T> before, List<T> after, Function<T, String> key, Function<T, Double> value) {
    Map<String, T> earlier = before.stream().collect(Collectors.toMap(key, t -> t, (a, b) -> a));
    List<Change> changes = new ArrayList<>();
    for (T later : after) {
      T match = earlier.get(key.apply(later));
      if (match != null) {
        changes.add(Change.of(key.apply(later), value.apply(match), value.apply(later)));
      }
    }
    return changes;
  }
}
