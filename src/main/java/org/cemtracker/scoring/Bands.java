package org.cemtracker.scoring;

/**
 * Favourable, neutral and unfavourable answers on a scale of L levels: on an odd scale the middle
 * level is neutral, those below it unfavourable and those above favourable (1–2 / 3 / 4–5 on five
 * levels, 1–3 / 4 / 5–7 on seven); on an even scale there is no neutral level and the lower half is
 * unfavourable (1–2 / 3–4 on four levels).
 */
public record Bands(int levels) {

  public Bands {
    if (levels < 2) {
      throw new IllegalArgumentException("a scale has at least two levels, not " + levels);
    }
  }

  /** The highest unfavourable level. */
  public int unfavourableUpTo() {
    return levels / 2;
  }

  /** The neutral level, or 0 on an even scale. */
  public int neutral() {
    return levels % 2 == 1 ? (levels + 1) / 2 : 0;
  }

  /** The lowest favourable level. */
  public int favourableFrom() {
    return levels / 2 + (levels % 2) + 1;
  }

  /** How many answers of a distribution (lowest level first) fall into each band. */
  public Split split(long[] distribution) {
    long unfavourable = 0;
    long neutral = 0;
    long favourable = 0;
    for (int level = 1; level <= distribution.length; level++) {
      long n = distribution[level - 1];
      if (level <= unfavourableUpTo()) {
        unfavourable += n;
      } else if (level >= favourableFrom()) {
        favourable += n;
      } else {
        neutral += n;
      }
    }
    return new Split(unfavourable, neutral, favourable);
  }

  /** Answers per band. */
  public record Split(long unfavourable, long neutral, long favourable) {}
}
