package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Stage;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Results.DimensionResult;
import org.cemtracker.scoring.Results.DimensionScore;
import org.cemtracker.scoring.Results.QuestionResult;
import org.cemtracker.scoring.Results.StageResult;
import org.cemtracker.scoring.Results.TierResult;

/**
 * Computes every figure of DESIGN §4 for one campaign from its cells, the department tree and the
 * anonymity threshold k. Suppressed groups still count in the groups above them.
 */
public final class ScoringEngine {

  /** The smallest anonymity threshold an organisation may set. */
  public static final int MIN_THRESHOLD = 3;

  private final ScoringModel model;

  public ScoringEngine(ScoringModel model) {
    this.model = model;
  }

  public static Results score(
      MaturityModel model, List<Unit> units, List<Answers> responses, int k) {
    ScoringModel scoring = new ScoringModel(model);
    return new ScoringEngine(scoring).results(units, Cells.of(scoring, responses), k);
  }

  public Results results(List<Unit> units, Cells cells, int k) {
    if (k < MIN_THRESHOLD) {
      throw new IllegalArgumentException(
          "the anonymity threshold is " + k + "; it may not be below " + MIN_THRESHOLD);
    }
    Tree tree = new Tree(units, cells, model);
    Organisation org = new Organisation(tree, model);
    Tally all = model.newTally();
    units.forEach(u -> all.addAll(tree.own(u.id())));
    Map<Tier, Tally> tiers = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      Tally t = model.newTally();
      units.forEach(u -> t.addAll(cells.tier(u.id(), tier)));
      tiers.put(tier, t);
    }
    Set<Tier> hiddenTiers = hiddenTiers(tiers, k);
    boolean orgHidden = all.responses() < k;
    Double index = org.index();
    Double reach = org.reach();
    Double gap = org.boltOnGap();
    StageResult stage = stage(index, reach, gap);
    boolean gapHidden = org.smallerSideResponses() < k;
    boolean alignmentHidden =
        hiddenTiers.contains(Tier.LEADERSHIP)
            || hiddenTiers.contains(Tier.STAFF)
            || tiers.get(Tier.LEADERSHIP).responses() < k
            || tiers.get(Tier.STAFF).responses() < k;
    Double[] leadership = model.dimensionScores(tiers.get(Tier.LEADERSHIP));
    Double[] staff = model.dimensionScores(tiers.get(Tier.STAFF));
    Double[] orgDimensions = org.dimensionScores();
    List<DimensionResult> dimensions = new ArrayList<>();
    for (int d = 0; d < model.dimensionCount(); d++) {
      dimensions.add(
          new DimensionResult(
              id(d),
              orgHidden ? null : orgDimensions[d],
              alignmentHidden ? null : difference(leadership[d], staff[d])));
    }
    List<QuestionResult> questions = new ArrayList<>();
    for (int q = 0; q < model.questionCount(); q++) {
      questions.add(
          new QuestionResult(
              model.model().questions().get(q).id(), orgHidden ? null : all.mean(q)));
    }
    if (orgHidden) {
      return new Results(
          k,
          true,
          null,
          org.coverage(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          dimensions,
          tierResults(tiers, hiddenTiers, true),
          tree.departmentResults(k),
          questions);
    }
    return new Results(
        k,
        false,
        (int) all.responses(),
        org.coverage(),
        index,
        org.indexMargin(),
        stage,
        reach,
        gapHidden ? null : gap,
        alignmentHidden
            ? null
            : difference(
                model.score(tiers.get(Tier.LEADERSHIP)), model.score(tiers.get(Tier.STAFF))),
        org.dispersion(),
        dimensions,
        tierResults(tiers, hiddenTiers, false),
        tree.departmentResults(k),
        questions);
  }

  private String id(int dimension) {
    return model.model().dimensions().get(dimension).id();
  }

  private static Set<Tier> hiddenTiers(Map<Tier, Tally> tiers, int k) {
    Map<Tier, Long> counts = new LinkedHashMap<>();
    tiers.forEach((tier, tally) -> counts.put(tier, tally.responses()));
    return Suppression.hidden(counts, k, Comparator.naturalOrder());
  }

  List<TierResult> tierResults(Map<Tier, Tally> tiers, Set<Tier> hidden, boolean allHidden) {
    List<TierResult> results = new ArrayList<>();
    tiers.forEach(
        (tier, tally) ->
            results.add(
                allHidden || hidden.contains(tier)
                    ? TierResult.hidden(tier)
                    : tierResult(tier, tally)));
    return results;
  }

  TierResult tierResult(Tier tier, Tally tally) {
    return new TierResult(
        tier,
        false,
        (int) tally.responses(),
        model.score(tally),
        Margin.ofGroup(tally, null),
        dimensionList(model.dimensionScores(tally)));
  }

  List<DimensionScore> dimensionList(Double[] scores) {
    List<DimensionScore> list = new ArrayList<>();
    for (int d = 0; d < scores.length; d++) {
      list.add(new DimensionScore(id(d), scores[d]));
    }
    return list;
  }

  /** The stage of the index band, lowered while its extra rules do not hold (DESIGN §3). */
  StageResult stage(Double index, Double reach, Double boltOnGap) {
    if (index == null) {
      return null;
    }
    List<Stage> stages = model.model().stages();
    int s = 0;
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).min() <= index) {
        s = i;
      }
    }
    while (s > 0 && !rulesHold(stages.get(s), reach, boltOnGap)) {
      s--;
    }
    return new StageResult(stages.get(s).number(), stages.get(s).name());
  }

  static boolean rulesHold(Stage stage, Double reach, Double boltOnGap) {
    boolean reachHolds = stage.minReach() == null || reach != null && reach >= stage.minReach();
    boolean gapHolds =
        stage.maxBoltOnGap() == null || boltOnGap == null || boltOnGap <= stage.maxBoltOnGap();
    return reachHolds && gapHolds;
  }

  static Double difference(Double a, Double b) {
    return a == null || b == null ? null : a - b;
  }

  /** Headcount-weighted mean of values over the entries where the value is defined. */
  static Double weightedMean(Map<Unit, Double> values) {
    double weighted = 0;
    double weights = 0;
    for (Map.Entry<Unit, Double> e : values.entrySet()) {
      if (e.getValue() != null) {
        weighted += e.getKey().headcount() * e.getValue();
        weights += e.getKey().headcount();
      }
    }
    return weights == 0 ? null : weighted / weights;
  }
}
