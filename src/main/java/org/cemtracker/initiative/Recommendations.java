package org.cemtracker.initiative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Recommendation;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.Results.DepartmentResult;
import org.cemtracker.scoring.Results.DimensionScore;
import org.cemtracker.scoring.Thresholds;

/**
 * Where to act after a wave: the organisation's weakest dimensions, and each visible department's
 * weakest one, each with the initiatives the model recommends at that stage. Hidden groups have no
 * scores in the results, so they get no department suggestion either.
 */
public final class Recommendations {

  /** How many of the organisation's weakest dimensions to suggest. */
  public static final int WEAKEST = 3;

  private Recommendations() {}

  /**
   * A weak dimension: organisation-wide ({@code departmentPath} null) or in one department, with
   * the organisation's score beside a department's and the stage the recommendations were chosen
   * for.
   */
  public record Suggestion(
      String dimension,
      String dimensionName,
      String departmentPath,
      Double score,
      Double organisationScore,
      int stage,
      List<Recommendation> recommendations) {}

  public record Plan(Integer stage, List<Suggestion> organisation, List<Suggestion> departments) {}

  public static Plan of(MaturityModel model, Results results) {
    int stage = results.stage() == null ? 1 : results.stage().number();
    Map<String, Double> orgScores = new HashMap<>();
    results.dimensions().forEach(d -> orgScores.put(d.id(), d.score()));
    List<Suggestion> organisation = new ArrayList<>();
    results.dimensions().stream()
        .filter(d -> d.score() != null)
        .sorted(Comparator.comparing(Results.DimensionResult::score))
        .limit(WEAKEST)
        .forEach(
            d -> organisation.add(suggestion(model, d.id(), null, d.score(), d.score(), stage)));
    List<Suggestion> departments = new ArrayList<>();
    for (DepartmentResult department : results.departments()) {
      if (!department.covered() || department.score() == null) {
        continue;
      }
      department.dimensions().stream()
          .filter(s -> s.score() != null)
          .min(Comparator.comparing(DimensionScore::score))
          .ifPresent(
              weakest ->
                  departments.add(
                      suggestion(
                          model,
                          weakest.id(),
                          department.path(),
                          weakest.score(),
                          orgScores.get(weakest.id()),
                          stageOf(model, department.score()))));
    }
    departments.sort(Comparator.comparing(Suggestion::score));
    return new Plan(
        results.stage() == null ? null : results.stage().number(), organisation, departments);
  }

  private static Suggestion suggestion(
      MaturityModel model,
      String dimension,
      String path,
      Double score,
      Double organisationScore,
      int stage) {
    String name = model.dimension(dimension).map(MaturityModel.Dimension::name).orElse(dimension);
    return new Suggestion(
        dimension,
        name,
        path,
        score,
        organisationScore,
        stage,
        recommended(model, dimension, stage));
  }

  /** The stage band a score falls in (the band's rules on reach and gap are the organisation's). */
  static int stageOf(MaturityModel model, double score) {
    int stage = 1;
    for (MaturityModel.Stage s : model.stages()) {
      if (Thresholds.atLeast(score, s.min())) {
        stage = s.number();
      }
    }
    return stage;
  }

  /**
   * The model's recommendations for the dimension at the stage; failing that, those of the nearest
   * lower stage; failing that, the dimension's lowest stage that has any.
   */
  static List<Recommendation> recommended(MaturityModel model, String dimension, int stage) {
    List<Recommendation> forDimension =
        model.recommendations().stream().filter(r -> r.dimension().equals(dimension)).toList();
    int chosen =
        forDimension.stream()
            .mapToInt(Recommendation::stage)
            .filter(s -> s <= stage)
            .max()
            .orElse(forDimension.stream().mapToInt(Recommendation::stage).min().orElse(stage));
    return forDimension.stream().filter(r -> r.stage() == chosen).toList();
  }
}
