package org.cemtracker.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemtracker.model.Tier;

/**
 * What {@link Disclosure} released of a campaign: the released cells R, and what may be said of the
 * rest. Only {@code Disclosure} makes one, so nothing else can decide what is hidden.
 */
public final class Release {

  private final int threshold;
  private final Map<Cell, Long> all;
  private final Set<Cell> released;

  Release(int threshold, Map<Cell, Long> all, Set<Cell> released) {
    this.threshold = threshold;
    this.all = Map.copyOf(all);
    this.released = Collections.unmodifiableSet(new LinkedHashSet<>(released));
  }

  /** Every cell released, unaudited: only for checking formulas in tests of this package. */
  static Release everything(List<CellCount> counts, int k) {
    Map<Cell, Long> all = new HashMap<>();
    counts.forEach(c -> all.merge(c.cell(), c.responses(), Long::sum));
    return new Release(k, all, all.keySet());
  }

  /** The anonymity threshold k the release was made at. */
  public int threshold() {
    return threshold;
  }

  public boolean isReleased(Cell cell) {
    return released.contains(cell);
  }

  public Set<Cell> releasedCells() {
    return released;
  }

  /** The released responses of the whole campaign. */
  public long responses() {
    return released.stream().mapToLong(all::get).sum();
  }

  private long withheldCount() {
    return all.values().stream().mapToLong(Long::longValue).sum() - responses();
  }

  /**
   * The responses outside R, as one figure: null when there are 1 to k − 1 of them, because a count
   * below k would be the count of a hidden group whenever one group alone is withheld.
   */
  public Integer withheld() {
    long withheld = withheldCount();
    return withheldFewerThanK() ? null : (int) withheld;
  }

  /** Whether 1 to k − 1 responses are withheld (shown as "fewer than k"). */
  public boolean withheldFewerThanK() {
    long withheld = withheldCount();
    return withheld > 0 && withheld < threshold;
  }

  /** The released responses of a department (its own), or 0. */
  public long unitResponses(String unitId) {
    return released.stream().filter(c -> c.unitId().equals(unitId)).mapToLong(all::get).sum();
  }

  /** The released responses of a tier, or 0. */
  public long tierResponses(Tier tier) {
    return released.stream().filter(c -> c.tier() == tier).mapToLong(all::get).sum();
  }

  /** A department with responses of its own, none of them released. */
  public boolean isHidden(String unitId) {
    return unitResponses(unitId) == 0
        && all.keySet().stream().anyMatch(c -> c.unitId().equals(unitId));
  }

  /** A tier with responses, none of them released. */
  public boolean isHidden(Tier tier) {
    return tierResponses(tier) == 0 && all.keySet().stream().anyMatch(c -> c.tier() == tier);
  }

  /**
   * Whether a further group (a division, a filter) may be published: its indicator over the
   * released cells lies in the span of the published groups, that is a(d) + b(t) equals it on every
   * released cell for some a and b (found exactly, in whole numbers, by walking each component).
   */
  public boolean isPublishable(Set<Cell> group) {
    Map<String, List<Cell>> byUnit = new HashMap<>();
    Map<Tier, List<Cell>> byTier = new HashMap<>();
    released.forEach(
        c -> {
          byUnit.computeIfAbsent(c.unitId(), u -> new ArrayList<>()).add(c);
          byTier.computeIfAbsent(c.tier(), t -> new ArrayList<>()).add(c);
        });
    Map<Object, Long> potential = new HashMap<>();
    for (Cell start : released) {
      if (potential.containsKey(start.unitId())) {
        continue;
      }
      potential.put(start.unitId(), 0L);
      Deque<Object> queue = new ArrayDeque<>(List.of(start.unitId()));
      while (!queue.isEmpty()) {
        Object node = queue.poll();
        List<Cell> edges = node instanceof Tier t ? byTier.get(t) : byUnit.get((String) node);
        for (Cell edge : edges) {
          Object other = node instanceof Tier ? edge.unitId() : edge.tier();
          long wanted = (group.contains(edge) ? 1 : 0) - potential.get(node);
          Long known = potential.putIfAbsent(other, wanted);
          if (known == null) {
            queue.add(other);
          } else if (known != wanted) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
