package org.cemtracker.scoring;

/**
 * Comparisons of a computed score with a model's threshold (the CEM line, a stage's band and
 * rules). Scores are rational numbers computed in floating point, so the same score reached in two
 * orders of summation may differ in its last digits: 60 can come out as 59.999999999999986. A score
 * within 1e-9 of the threshold counts as on it, as exact arithmetic would have it.
 */
public final class Thresholds {

  static final double SLACK = 1e-9;

  private Thresholds() {}

  public static boolean atLeast(double value, double threshold) {
    return value >= threshold - SLACK;
  }

  public static boolean atMost(double value, double threshold) {
    return value <= threshold + SLACK;
  }
}
