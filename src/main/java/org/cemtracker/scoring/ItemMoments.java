package org.cemtracker.scoring;

import java.util.Arrays;

/**
 * What Cronbach's alpha and the corrected item-total correlations need (DESIGN §4 rule 12, last
 * point), kept per cell: for each dimension with at least two questions asked of the cell's tier,
 * over the respondents who answered all of them, how many they are, the sum of each answer and the
 * sum of the product of every two answers. All whole numbers, so merging cells of a tier is exact.
 */
public final class ItemMoments {

  /** Per dimension, the indices of its questions asked of the tier; empty below two questions. */
  final int[][] items;

  final long[] complete;
  final long[][] sums;

  /** Per dimension, the products of items i ≤ j, row by row of the upper triangle. */
  final long[][] products;

  ItemMoments(int[][] items) {
    this.items = items;
    complete = new long[items.length];
    sums = new long[items.length][];
    products = new long[items.length][];
    for (int d = 0; d < items.length; d++) {
      int m = items[d].length;
      sums[d] = new long[m];
      products[d] = new long[m * (m + 1) / 2];
    }
  }

  /** Adds a respondent to every dimension they answered completely. */
  void add(int[] levels) {
    for (int d = 0; d < items.length; d++) {
      int[] qs = items[d];
      if (qs.length == 0 || Arrays.stream(qs).anyMatch(q -> levels[q] == 0)) {
        continue;
      }
      complete[d]++;
      int p = 0;
      for (int i = 0; i < qs.length; i++) {
        sums[d][i] += levels[qs[i]];
        for (int j = i; j < qs.length; j++) {
          products[d][p++] += (long) levels[qs[i]] * levels[qs[j]];
        }
      }
    }
  }

  ItemMoments addAll(ItemMoments other) {
    for (int d = 0; d < items.length; d++) {
      complete[d] += other.complete[d];
      for (int i = 0; i < sums[d].length; i++) {
        sums[d][i] += other.sums[d][i];
      }
      for (int p = 0; p < products[d].length; p++) {
        products[d][p] += other.products[d][p];
      }
    }
    return this;
  }

  /** The sum of products of items i and j of dimension d. */
  long product(int d, int i, int j) {
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    int m = items[d].length;
    return products[d][a * m - a * (a - 1) / 2 + (b - a)];
  }

  void write(StringBuilder out) {
    for (int d = 0; d < items.length; d++) {
      out.append(' ').append(complete[d]);
      for (long s : sums[d]) {
        out.append(' ').append(s);
      }
      for (long p : products[d]) {
        out.append(' ').append(p);
      }
    }
  }

  void read(Numbers in) {
    for (int d = 0; d < items.length; d++) {
      complete[d] = in.nextLong();
      for (int i = 0; i < sums[d].length; i++) {
        sums[d][i] = in.nextLong();
      }
      for (int p = 0; p < products[d].length; p++) {
        products[d][p] = in.nextLong();
      }
    }
  }

  boolean sameAs(ItemMoments other) {
    return Arrays.equals(complete, other.complete)
        && Arrays.deepEquals(sums, other.sums)
        && Arrays.deepEquals(products, other.products);
  }
}
