package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cemtracker.model.Tier;

/**
 * Rule 12 checked against an independent computation: for random department × tier tables, no set
 * of released cells with fewer than k responses lies in the span of the published groups — decided
 * by exact Gaussian elimination over the rationals on every subset — and the release is the largest
 * set of cells that passes (a), (b) and (c).
 */
class DisclosurePropertiesTest {

  record Table(List<CellCount> cells, int k) {}

  @Provide
  Arbitrary<Table> tables() {
    return table(4, 12);
  }

  @Provide
  Arbitrary<Table> smallTables() {
    return table(3, 7);
  }

  private static Arbitrary<Table> table(int units, int maxCells) {
    Arbitrary<List<Integer>> counts =
        Arbitraries.integers()
            .between(0, 9)
            .list()
            .ofSize(units * 3)
            .filter(l -> l.stream().filter(n -> n > 0).count() <= maxCells);
    return Combinators.combine(counts, Arbitraries.integers().between(3, 6))
        .as(
            (list, k) -> {
              List<CellCount> cells = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                if (list.get(i) > 0) {
                  cells.add(new CellCount("u" + i / 3, Tier.values()[i % 3], list.get(i)));
                }
              }
              return new Table(cells, k);
            });
  }

  @Property(tries = 150)
  void noReleasedSetBelowKLiesInTheSpanOfThePublishedGroups(@ForAll("tables") Table table) {
    Release release = Disclosure.release(table.cells(), table.k());
    List<CellCount> released =
        table.cells().stream().filter(c -> release.isReleased(c.cell())).toList();

    assertThat(Oracle.passes(released, table.k())).isTrue();
  }

  @Property(tries = 120)
  void theReleaseIsTheLargestSetThatPasses(@ForAll("smallTables") Table table) {
    Release release = Disclosure.release(table.cells(), table.k());
    List<CellCount> cells = table.cells();
    for (int mask = 0; mask < 1 << cells.size(); mask++) {
      List<CellCount> candidate = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        if ((mask >> i & 1) == 1) {
          candidate.add(cells.get(i));
        }
      }
      if (Oracle.passes(candidate, table.k())) {
        assertThat(release.releasedCells())
            .containsAll(candidate.stream().map(CellCount::cell).toList());
      }
    }
  }

  @Property(tries = 150)
  void aPublishableGroupIsExactlyOneInTheSpan(@ForAll("tables") Table table, @ForAll long seed) {
    Release release = Disclosure.release(table.cells(), table.k());
    List<CellCount> released =
        table.cells().stream().filter(c -> release.isReleased(c.cell())).toList();
    java.util.Random random = new java.util.Random(seed);
    Set<Cell> group = new HashSet<>();
    released.forEach(
        c -> {
          if (random.nextBoolean()) {
            group.add(c.cell());
          }
        });
    assertThat(release.isPublishable(group)).isEqualTo(Oracle.inSpan(released, group));
  }

  /** The independent check: rank over the rationals, by plain Gaussian elimination. */
  static final class Oracle {

    static boolean passes(List<CellCount> cells, int k) {
      for (String unit : cells.stream().map(CellCount::unitId).distinct().toList()) {
        long n =
            cells.stream()
                .filter(c -> c.unitId().equals(unit))
                .mapToLong(CellCount::responses)
                .sum();
        if (n < k) {
          return false;
        }
      }
      for (Tier tier : Tier.values()) {
        long n = cells.stream().filter(c -> c.tier() == tier).mapToLong(CellCount::responses).sum();
        if (n > 0 && n < k) {
          return false;
        }
      }
      for (int mask = 1; mask < 1 << cells.size(); mask++) {
        long n = 0;
        Set<Cell> subset = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
          if ((mask >> i & 1) == 1) {
            n += cells.get(i).responses();
            subset.add(cells.get(i).cell());
          }
        }
        if (n < k && inSpan(cells, subset)) {
          return false;
        }
      }
      return true;
    }

    static boolean inSpan(List<CellCount> cells, Set<Cell> subset) {
      List<long[]> generators = new ArrayList<>();
      for (String unit : cells.stream().map(CellCount::unitId).distinct().toList()) {
        generators.add(indicator(cells, c -> c.unitId().equals(unit)));
      }
      for (Tier tier : Tier.values()) {
        generators.add(indicator(cells, c -> c.tier() == tier));
      }
      int without = rank(generators);
      generators.add(indicator(cells, c -> subset.contains(c.cell())));
      return rank(generators) == without;
    }

    private static long[] indicator(
        List<CellCount> cells, java.util.function.Predicate<CellCount> member) {
      long[] v = new long[cells.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = member.test(cells.get(i)) ? 1 : 0;
      }
      return v;
    }

    /** Rank over the rationals: rows as fractions num/den, eliminated exactly. */
    static int rank(List<long[]> vectors) {
      int columns = vectors.isEmpty() ? 0 : vectors.get(0).length;
      List<Fraction[]> rows = new ArrayList<>();
      for (long[] v : vectors) {
        Fraction[] row = new Fraction[columns];
        for (int j = 0; j < columns; j++) {
          row[j] = new Fraction(v[j], 1);
        }
        rows.add(row);
      }
      int rank = 0;
      for (int col = 0; col < columns && rank < rows.size(); col++) {
        int pivot = -1;
        for (int r = rank; r < rows.size(); r++) {
          if (!rows.get(r)[col].isZero()) {
            pivot = r;
            break;
          }
        }
        if (pivot < 0) {
          continue;
        }
        Fraction[] p = rows.get(pivot);
        rows.set(pivot, rows.get(rank));
        rows.set(rank, p);
        for (int r = rank + 1; r < rows.size(); r++) {
          Fraction factor = rows.get(r)[col].divide(p[col]);
          for (int j = col; j < columns; j++) {
            rows.get(r)[j] = rows.get(r)[j].minus(factor.times(p[j]));
          }
        }
        rank++;
      }
      return rank;
    }
  }

  record Fraction(long num, long den) {
    Fraction {
      if (den < 0) {
        num = -num;
        den = -den;
      }
      long g = gcd(Math.abs(num), den);
      if (g > 1) {
        num /= g;
        den /= g;
      }
    }

    static long gcd(long a, long b) {
      return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }

    boolean isZero() {
      return num == 0;
    }

    Fraction times(Fraction o) {
      return new Fraction(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
    }

    Fraction divide(Fraction o) {
      return new Fraction(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
    }

    Fraction minus(Fraction o) {
      return new Fraction(
          Math.subtractExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
          Math.multiplyExact(den, o.den));
    }
  }
}
