package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation-wide figures of DESIGN §4 rules 5–9, over the covered departments: those with at
 * least one released response (and a defined score: a department whose every answer was "don't
 * know" has no score to weigh).
 */
final class Organisation {

  private final Tree tree;
  private final ScoringModel model;
  private final Map<Unit, Double> scores = new LinkedHashMap<>();
  private final double totalHeadcount;
  private final double coveredHeadcount;

  Organisation(Tree tree, ScoringModel model) {
    this.tree = tree;
    this.model = model;
    double total = 0;
    double covered = 0;
    for (Unit unit : tree.units()) {
      total += unit.headcount();
      if (tree.covered(unit)) {
        covered += unit.headcount();
        Double score = tree.score(unit);
        if (score != null) {
          scores.put(unit, score);
        }
      }
    }
    this.totalHeadcount = total;
    this.coveredHeadcount = covered;
  }

  /** Rule 5: the headcount-weighted mean of the covered departments' scores. */
  Double index() {
    return ScoringEngine.weightedMean(scores);
  }

  /** The covered share of headcount. */
  Double coverage() {
    return totalHeadcount == 0 ? null : coveredHeadcount / totalHeadcount;
  }

  /** Rule 5: per dimension, the headcount-weighted mean of the covered departments' D_d. */
  Double[] dimensionScores() {
    Double[] result = new Double[model.dimensionCount()];
    Map<Unit, Double[]> byUnit = new LinkedHashMap<>();
    scores.keySet().forEach(u -> byUnit.put(u, model.dimensionScores(tree.own(u.id()))));
    for (int d = 0; d < result.length; d++) {
      Map<Unit, Double> values = new LinkedHashMap<>();
      for (Map.Entry<Unit, Double[]> e : byUnit.entrySet()) {
        values.put(e.getKey(), e.getValue()[d]);
      }
      result[d] = ScoringEngine.weightedMean(values);
    }
    return result;
  }

  /** Rule 6: the share of covered headcount in departments scoring at or above the CEM line. */
  Double reach() {
    double weights = 0;
    double above = 0;
    for (Map.Entry<Unit, Double> e : scores.entrySet()) {
      weights += e.getKey().headcount();
      if (Thresholds.atLeast(e.getValue(), model.model().cemLine())) {
        above += e.getKey().headcount();
      }
    }
    return weights == 0 ? null : above / weights;
  }

  /** Rule 7: customer-facing minus other departments, each side headcount-weighted. */
  Double boltOnGap() {
    return ScoringEngine.difference(side(true), side(false));
  }

  private Double side(boolean customerFacing) {
    Map<Unit, Double> side = new LinkedHashMap<>();
    scores.forEach(
        (u, s) -> {
          if (u.customerFacing() == customerFacing) {
            side.put(u, s);
          }
        });
    return ScoringEngine.weightedMean(side);
  }

  /** Rule 9: the headcount-weighted population standard deviation of the department scores. */
  Double dispersion() {
    Double mean = index();
    if (mean == null) {
      return null;
    }
    double weights = 0;
    double squares = 0;
    for (Map.Entry<Unit, Double> e : scores.entrySet()) {
      weights += e.getKey().headcount();
      squares += e.getKey().headcount() * Math.pow(e.getValue() - mean, 2);
    }
    return Math.sqrt(squares / weights);
  }

  /** Rule 11: the margin of the index as a stratified estimate over covered departments. */
  Double indexMargin() {
    List<Margin.Stratum> strata = new ArrayList<>();
    scores.keySet().forEach(u -> strata.add(new Margin.Stratum(tree.own(u.id()), u.headcount())));
    return Margin.ofIndex(strata);
  }
}
