package org.cemtracker.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Stage;
import org.cemtracker.scoring.Results.StageResult;

/**
 * The stage of DESIGN §3: the band the CEM index falls in, lowered while that stage's extra rules
 * do not hold. A rule on reach needs reach at least its minimum; one on the bolt-on gap holds when
 * the gap is undefined; {@code minDimension} needs every defined dimension score at least its
 * value, and {@code minimums} the named dimension's or group's score, which must be defined.
 */
public final class Stages {

  private final MaturityModel model;

  Stages(MaturityModel model) {
    this.model = model;
  }

  /** The figures a stage's rules read. */
  public record Figures(
      Double index, Double reach, Double boltOnGap, Map<String, Double> dimensionScores) {}

  /** The organisation's dimension and group scores by id, for the stage rules. */
  static Map<String, Double> byId(MaturityModel model, Double[] dimensions, Double[] groups) {
    Map<String, Double> scores = new HashMap<>();
    for (int d = 0; d < dimensions.length; d++) {
      scores.put(model.dimensions().get(d).id(), dimensions[d]);
    }
    for (int g = 0; g < groups.length; g++) {
      scores.put(model.groups().get(g).id(), groups[g]);
    }
    return scores;
  }

  StageResult stage(Figures f) {
    if (f.index() == null) {
      return null;
    }
    List<Stage> stages = model.stages();
    int s = 0;
    for (int i = 0; i < stages.size(); i++) {
      if (Thresholds.atLeast(f.index(), stages.get(i).min())) {
        s = i;
      }
    }
    while (s > 0 && !rulesHold(model, stages.get(s), f)) {
      s--;
    }
    return new StageResult(stages.get(s).number(), stages.get(s).name());
  }

  public static boolean rulesHold(MaturityModel model, Stage stage, Figures f) {
    boolean reachHolds =
        stage.minReach() == null
            || f.reach() != null && Thresholds.atLeast(f.reach(), stage.minReach());
    boolean gapHolds =
        stage.maxBoltOnGap() == null
            || f.boltOnGap() == null
            || Thresholds.atMost(f.boltOnGap(), stage.maxBoltOnGap());
    return reachHolds && gapHolds && weakestHolds(model, stage, f) && minimumsHold(stage, f);
  }

  /** The dimension below the stage's minimum for every dimension, or null when none is. */
  public static String weakest(MaturityModel model, Stage stage, Figures f) {
    if (stage.minDimension() == null) {
      return null;
    }
    for (MaturityModel.Dimension d : model.dimensions()) {
      Double score = f.dimensionScores().get(d.id());
      if (score != null && !Thresholds.atLeast(score, stage.minDimension())) {
        return d.id();
      }
    }
    return null;
  }

  /** The dimension or group below its named minimum (or undefined), or null when none is. */
  public static String belowMinimum(Stage stage, Figures f) {
    for (Map.Entry<String, Double> m : stage.minimums().entrySet()) {
      Double score = f.dimensionScores().get(m.getKey());
      if (score == null || !Thresholds.atLeast(score, m.getValue())) {
        return m.getKey();
      }
    }
    return null;
  }

  private static boolean weakestHolds(MaturityModel model, Stage stage, Figures f) {
    return weakest(model, stage, f) == null;
  }

  private static boolean minimumsHold(Stage stage, Figures f) {
    return belowMinimum(stage, f) == null;
  }
}
