package org.cemtracker.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How a figure is spread among the other organisations (issue 16, item 4): the lower quartile, the
 * median, the upper quartile and the line of the top 10 %, by linear interpolation between the
 * ordered values (R's type 7); only where at least {@value #MIN_ORGANISATIONS} organisations
 * contribute, and the top 10 % only where {@value #MIN_FOR_TOP10} do (with fewer, it and the upper
 * quartile would give the highest value away). No lowest or highest value is ever given, nor which
 * organisation has which value.
 */
public record Distribution(
    int organisations, double lowerQuartile, double median, double upperQuartile, Double top10) {

  /** The fewest organisations a distribution is shown for. */
  public static final int MIN_ORGANISATIONS = 5;

  /** The fewest organisations the line of the top 10 % is shown for. */
  public static final int MIN_FOR_TOP10 = 10;

  /** The distribution of these values, one per organisation; empty below the minimum. */
  public static Optional<Distribution> of(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values.stream().filter(v -> v != null).toList());
    if (sorted.size() < MIN_ORGANISATIONS) {
      return Optional.empty();
    }
    Collections.sort(sorted);
    return Optional.of(
        new Distribution(
            sorted.size(),
            quantile(sorted, 0.25),
            quantile(sorted, 0.5),
            quantile(sorted, 0.75),
            sorted.size() >= MIN_FOR_TOP10 ? quantile(sorted, 0.9) : null));
  }

  /** Where a score stands against the others, in words. */
  public String band(double score) {
    if (top10 != null && score >= top10) {
      return "in the top 10 %";
    }
    if (score >= upperQuartile) {
      return "in the top quarter";
    }
    if (score >= median) {
      return "above the median";
    }
    if (score >= lowerQuartile) {
      return "below the median";
    }
    return "in the bottom quarter";
  }

  static double quantile(List<Double> sorted, double p) {
    double position = p * (sorted.size() - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.size() - 1);
    double fraction = position - below;
    return sorted.get(below) + fraction * (sorted.get(above) - sorted.get(below));
  }
}
