package org.cemtracker.scoring;

import java.util.Arrays;

/**
 * The sums that the scores of a group of responses are computed from: how many responses, per
 * question how many answered, the sum and sum of squares of their levels and how many gave each
 * level (its distribution over the scale), and the count, sum and sum of squares of the
 * respondents' own scores (for the margin of error). Tallies of disjoint groups merge by addition.
 * Mutable, for building; not shared between threads while built.
 */
public final class Tally {

  long responses;
  final long[] answered;
  final long[] sum;
  final long[] squares;

  /** Per question, how many answered each level: {@code atLevel[q][level - 1]}. */
  final long[][] atLevel;

  long scored;
  double scoreSum;
  double scoreSquares;

  public Tally(int questions, int levels) {
    this(filled(questions, levels));
  }

  /** A tally for questions with these numbers of answer levels. */
  public Tally(int[] levels) {
    answered = new long[levels.length];
    sum = new long[levels.length];
    squares = new long[levels.length];
    atLevel = new long[levels.length][];
    for (int q = 0; q < levels.length; q++) {
      atLevel[q] = new long[levels[q]];
    }
  }

  private static int[] filled(int questions, int levels) {
    int[] each = new int[questions];
    Arrays.fill(each, levels);
    return each;
  }

  /** Adds one response: {@code levels[q]} is its answer to question q, 0 for "don't know". */
  public void add(int[] levels, Double ownScore) {
    responses++;
    for (int q = 0; q < levels.length; q++) {
      if (levels[q] > 0) {
        answered[q]++;
        sum[q] += levels[q];
        squares[q] += (long) levels[q] * levels[q];
        atLevel[q][levels[q] - 1]++;
      }
    }
    if (ownScore != null) {
      scored++;
      scoreSum += ownScore;
      scoreSquares += ownScore * ownScore;
    }
  }

  public Tally addAll(Tally other) {
    responses += other.responses;
    for (int q = 0; q < answered.length; q++) {
      answered[q] += other.answered[q];
      sum[q] += other.sum[q];
      squares[q] += other.squares[q];
      for (int l = 0; l < atLevel[q].length; l++) {
        atLevel[q][l] += other.atLevel[q][l];
      }
    }
    scored += other.scored;
    scoreSum += other.scoreSum;
    scoreSquares += other.scoreSquares;
    return this;
  }

  public Tally copy() {
    int[] levels = new int[atLevel.length];
    for (int q = 0; q < levels.length; q++) {
      levels[q] = atLevel[q].length;
    }
    return new Tally(levels).addAll(this);
  }

  public long responses() {
    return responses;
  }

  /** The mean answer to question q, on the scale's 1–L, or null when nobody answered it. */
  public Double mean(int q) {
    return answered[q] == 0 ? null : (double) sum[q] / answered[q];
  }

  /** How many answered question q at each level, lowest first (a copy). */
  public long[] distribution(int q) {
    return atLevel[q].clone();
  }

  /** How many answered question q (not "don't know"). */
  public long answered(int q) {
    return answered[q];
  }

  /** The sample standard deviation of the respondents' own scores; null below two. */
  Double scoreDeviation() {
    if (scored < 2) {
      return null;
    }
    double variance = (scoreSquares - scoreSum * scoreSum / scored) / (scored - 1);
    return Math.sqrt(Math.max(0, variance));
  }

  void write(StringBuilder out) {
    out.append(responses).append(' ').append(scored).append(' ');
    out.append(scoreSum).append(' ').append(scoreSquares);
    for (int q = 0; q < answered.length; q++) {
      out.append(' ').append(answered[q]).append(' ').append(sum[q]).append(' ').append(squares[q]);
      for (long n : atLevel[q]) {
        out.append(' ').append(n);
      }
    }
  }

  void read(Numbers in) {
    responses = in.nextLong();
    scored = in.nextLong();
    scoreSum = in.nextDouble();
    scoreSquares = in.nextDouble();
    for (int q = 0; q < answered.length; q++) {
      answered[q] = in.nextLong();
      sum[q] = in.nextLong();
      squares[q] = in.nextLong();
      for (int l = 0; l < atLevel[q].length; l++) {
        atLevel[q][l] = in.nextLong();
      }
    }
  }

  /** Same sums (the own-score sums within a relative 1e-9, as floating-point sums may differ). */
  public boolean sameAs(Tally other) {
    return responses == other.responses
        && scored == other.scored
        && Arrays.equals(answered, other.answered)
        && Arrays.equals(sum, other.sum)
        && Arrays.equals(squares, other.squares)
        && Arrays.deepEquals(atLevel, other.atLevel)
        && close(scoreSum, other.scoreSum)
        && close(scoreSquares, other.scoreSquares);
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  @Override
  public String toString() {
    return "Tally[responses=" + responses + ", answered=" + Arrays.toString(answered) + "]";
  }
}
