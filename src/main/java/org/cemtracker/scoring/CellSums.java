package org.cemtracker.scoring;

import org.cemtracker.model.Tier;

/**
 * The aggregate kept for one cell (department × tier) of a campaign: its {@link Tally} and its
 * {@link ItemMoments}. A submission adds to it; results read only these, never the raw answers. It
 * is stored as text ({@link #encode()}), exactly: whole numbers as they are, own-score sums as
 * shortest round-trip decimals.
 */
public final class CellSums {

  private static final String FORMAT = "1";

  private final Tier tier;
  final Tally tally;
  final ItemMoments moments;

  CellSums(ScoringModel model, Tier tier) {
    this.tier = tier;
    this.tally = model.newTally();
    this.moments = new ItemMoments(model.items(tier));
  }

  /** Empty sums for a cell of the tier. */
  public static CellSums empty(ScoringModel model, Tier tier) {
    return new CellSums(model, tier);
  }

  /** Adds one response given in this cell. */
  public void add(ScoringModel model, Answers answers) {
    if (answers.tier() != tier) {
      throw new IllegalArgumentException(
          "a " + answers.tier() + " response in a " + tier + " cell");
    }
    int[] levels = model.levels(answers);
    tally.add(levels, model.ownScore(levels));
    moments.add(model.keyed(levels));
  }

  /** Adds one response given as levels by question index (0 for "don't know"). */
  public void add(ScoringModel model, int[] levels) {
    if (levels.length != model.questionCount()) {
      throw new IllegalArgumentException("levels for " + levels.length + " questions");
    }
    for (int q = 0; q < levels.length; q++) {
      if (levels[q] < 0 || levels[q] > model.levelsOf(q)) {
        throw new IllegalArgumentException("answer " + levels[q] + " is outside its levels");
      }
    }
    tally.add(levels, model.ownScore(levels));
    moments.add(model.keyed(levels));
  }

  public CellSums addAll(CellSums other) {
    tally.addAll(other.tally);
    moments.addAll(other.moments);
    return this;
  }

  public Tier tier() {
    return tier;
  }

  public long responses() {
    return tally.responses();
  }

  public String encode() {
    StringBuilder out = new StringBuilder(FORMAT).append(' ');
    tally.write(out);
    moments.write(out);
    return out.toString();
  }

  public static CellSums decode(ScoringModel model, Tier tier, String text) {
    Numbers in = new Numbers(text);
    if (in.nextLong() != Long.parseLong(FORMAT)) {
      throw new IllegalArgumentException("the stored sums are in an unknown format");
    }
    CellSums sums = new CellSums(model, tier);
    sums.tally.read(in);
    sums.moments.read(in);
    in.end();
    return sums;
  }

  /** The same sums (own-score sums within floating-point rounding). */
  public boolean sameAs(CellSums other) {
    return tier == other.tier && tally.sameAs(other.tally) && moments.sameAs(other.moments);
  }
}
