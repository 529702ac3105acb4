package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Results.DimensionResult;
import org.cemtracker.scoring.Results.DimensionScore;
import org.cemtracker.scoring.Results.QuestionResult;
import org.cemtracker.scoring.Results.TierResult;

/**
 * Computes every figure of DESIGN §4 for one campaign from its cells and the department tree, after
 * {@link Disclosure} has chosen the released cells: the figures come from those alone, so every
 * published group has at least k responses and nothing withheld moves any number.
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
    return results(units, cells, Disclosure.release(cells.counts(), k));
  }

  /** The figures of the cells that the release lets through. */
  public Results results(List<Unit> units, Cells cells, Release release) {
    Tree.check(units, cells);
    Cells released = cells.released(release);
    Tree tree = new Tree(units, released, model);
    Organisation org = new Organisation(tree, model);
    Tally all = model.newTally();
    units.forEach(u -> all.addAll(tree.own(u.id())));
    boolean hidden = all.responses() == 0;
    Tally leadership = released.tier(Tier.LEADERSHIP);
    Tally staff = released.tier(Tier.STAFF);
    boolean aligned = leadership.responses() > 0 && staff.responses() > 0;
    Double[] leadershipScores = model.dimensionScores(leadership);
    Double[] staffScores = model.dimensionScores(staff);
    Double[] orgDimensions = org.dimensionScores();
    List<DimensionResult> dimensions = new ArrayList<>();
    for (int d = 0; d < model.dimensionCount(); d++) {
      dimensions.add(
          new DimensionResult(
              id(d),
              orgDimensions[d],
              aligned ? difference(leadershipScores[d], staffScores[d]) : null));
    }
    List<QuestionResult> questions = new ArrayList<>();
    for (int q = 0; q < model.questionCount(); q++) {
      questions.add(new QuestionResult(model.model().questions().get(q).id(), all.mean(q)));
    }
    Double[] orgGroups = model.groupScores(orgDimensions);
    Double[] leadershipGroups = model.groupScores(leadershipScores);
    Double[] staffGroups = model.groupScores(staffScores);
    List<DimensionResult> groups = new ArrayList<>();
    for (int g = 0; g < orgGroups.length; g++) {
      groups.add(
          new DimensionResult(
              model.model().groups().get(g).id(),
              orgGroups[g],
              aligned ? difference(leadershipGroups[g], staffGroups[g]) : null));
    }
    Double index = org.index();
    Stages.Figures figures =
        new Stages.Figures(
            index,
            org.reach(),
            org.boltOnGap(),
            Stages.byId(model.model(), orgDimensions, orgGroups));
    return new Results(
        release.threshold(),
        hidden,
        hidden ? null : (int) all.responses(),
        release.withheld(),
        release.withheldFewerThanK(),
        org.coverage(),
        index,
        org.indexMargin(),
        new Stages(model.model()).stage(figures),
        org.reach(),
        org.boltOnGap(),
        aligned ? difference(model.score(leadership), model.score(staff)) : null,
        org.dispersion(),
        dimensions,
        tierResults(released, release),
        tree.departmentResults(release, this),
        questions,
        groups);
  }

  private String id(int dimension) {
    return model.model().dimensions().get(dimension).id();
  }

  private List<TierResult> tierResults(Cells released, Release release) {
    List<TierResult> results = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      Tally tally = released.tier(tier);
      results.add(
          release.isHidden(tier)
              ? TierResult.hiddenTier(tier)
              : new TierResult(
                  tier,
                  false,
                  (int) tally.responses(),
                  model.score(tally),
                  Margin.ofGroup(tally, null),
                  dimensionList(model.dimensionScores(tally))));
    }
    return results;
  }

  List<DimensionScore> dimensionList(Double[] scores) {
    List<DimensionScore> list = new ArrayList<>();
    for (int d = 0; d < scores.length; d++) {
      list.add(new DimensionScore(id(d), scores[d]));
    }
    return list;
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
