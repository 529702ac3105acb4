package org.cemtracker.scoring;

import java.util.List;

/** Margins of error at 95 % (DESIGN §4 rule 11). */
final class Margin {

  static final double Z = 1.96;

  private Margin() {}

  /**
   * 1.96 × s / √n × √((N − n)/(N − 1)) for a group of n ≥ 2 respondents with own-score standard
   * deviation s out of a headcount N (null when unknown: no finite-population factor); 0 where n ≥
   * N; null below n = 2.
   */
  static Double ofGroup(Tally group, Integer headcount) {
    Double s = group.scoreDeviation();
    if (s == null) {
      return null;
    }
    double n = group.scored;
    return Z * s / Math.sqrt(n) * Math.sqrt(finitePopulation(n, headcount));
  }

  static double finitePopulation(double n, Integer headcount) {
    if (headcount == null) {
      return 1;
    }
    if (n >= headcount) {
      return 0;
    }
    return (headcount - n) / (headcount - 1.0);
  }

  /** One stratum of the CEM index: a covered department's tally and headcount. */
  record Stratum(Tally tally, int headcount) {}

  /**
   * The stratified estimate: 1.96 × √(Σ wᵢ² sᵢ²/nᵢ (Nᵢ − nᵢ)/(Nᵢ − 1)) over the covered departments
   * with nᵢ ≥ 2, wᵢ = Nᵢ / Σ N over all covered departments; null when no department has two
   * respondents.
   */
  static Double ofIndex(List<Stratum> covered) {
    double total = covered.stream().mapToDouble(Stratum::headcount).sum();
    if (total == 0) {
      return null;
    }
    double variance = 0;
    boolean any = false;
    for (Stratum stratum : covered) {
      Double s = stratum.tally().scoreDeviation();
      if (s == null) {
        continue;
      }
      any = true;
      double n = stratum.tally().scored;
      double w = stratum.headcount() / total;
      variance += w * w * s * s / n * finitePopulation(n, stratum.headcount());
    }
    return any ? Z * Math.sqrt(variance) : null;
  }
}
