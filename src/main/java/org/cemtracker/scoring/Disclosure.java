package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemtracker.model.Tier;

/**
 * Disclosure control, DESIGN §4 rule 12: the one place that decides which responses are released.
 * Every figure on every read path is computed from the cells it releases and from nothing else.
 *
 * <p><b>What is published.</b> The published groups are every covered department (its own
 * responses), every rolled-up subtree, every tier, the customer-facing and the other departments,
 * and the organisation. Subtrees, sides and the organisation are sums of departments, so the span
 * of the published groups' indicator vectors over the released cells is exactly the span of the
 * department rows and the tier columns of the department × tier table. A set S of cells is
 * <em>exposed</em> when its indicator lies in that span, that is when there are numbers a(d) for
 * the departments and b(t) for the tiers with a(d) + b(t) = 1 on the cells of S and 0 on the other
 * released cells.
 *
 * <p><b>Why three tiers make the audit direct.</b> Take the graph whose nodes are departments and
 * tiers and whose edges are the released cells; components are independent, so look at one. Across
 * any department with cells in tiers t and u, a(d) + b(t) and a(d) + b(u) are both 0 or 1, so b(t)
 * − b(u) ∈ {−1, 0, 1}; along the component every two tiers differ by a whole number, and after
 * shifting (a + c, b − c changes nothing) the b(t) lie in {0, 1, 2}. Given b:
 *
 * <ul>
 *   <li>a department whose tiers all carry the same b is <em>free</em>: all its cells are in S or
 *       none is;
 *   <li>a department whose tiers carry b and b + 1 is <em>forced</em>: exactly its cells at b + 1
 *       are in S;
 *   <li>a department whose tiers carry b and b + 2 makes the pattern impossible.
 * </ul>
 *
 * So every exposed set is, per component, the forced cells of one pattern of b (at most 18
 * non-constant patterns with three tiers) plus any number of whole free departments. The smallest
 * exposed set that contains a cell is therefore either its department's own row (rule (a) keeps
 * that at k or more) or the forced cells of a pattern in which the cell is forced. All of it is
 * counting in whole numbers: no elimination, no floating point, no tolerance. A cell alone is
 * exposed exactly when it lies on no cycle of the graph.
 *
 * <p>A general audit (elimination over the rationals, or a linear programme per cell, as τ-ARGUS
 * does for arbitrary tables) would cost far more and would need a search for small vectors in a
 * subspace; with two crossed partitions and three tiers the enumeration above is exact and linear
 * in the number of cells, so it is what runs here. {@code DisclosurePropertiesTest} checks it
 * against exact elimination over the rationals on small random tables.
 *
 * <p><b>Worked example</b> (k = 5). X = {leadership 2, staff 3}, Y = {leadership 3, management 3},
 * Z = {management 2, staff 3}. Every department and tier has at least 5. The graph is one cycle
 * X–L–Y– M–Z–S–X, so no single cell is exposed. The pattern b(L) = b(M) = 1, b(S) = 0 leaves Y free
 * (L and M carry 1) and forces X's leadership and Z's management cells: leadership + management − Y
 * = 2 + 2 = 4 < 5 responses, so both cells break (c) and go. Then X and Z keep 3 each, below k, and
 * go (rule (a)); Y's two cells are then all of leadership and all of management, 3 each, below k,
 * and go (rule (b)): nothing is released. Second example: A = {staff 10, management 1}, B = {staff
 * 6}, C = {management 5}; the graph is a tree, every cell is exposed alone, and A's management cell
 * (1 < 5 — management minus C) goes; the other three cells have 5 or more and are released.
 *
 * <p>Removing cells only ever exposes more (restricting a vector in the span keeps it in the span,
 * and counts only fall), so removing every breaking cell and repeating reaches the largest passing
 * set whatever the order.
 */
public final class Disclosure {

  private Disclosure() {}

  /** The released cells of a campaign whose cells hold these counts, at threshold k. */
  public static Release release(Collection<CellCount> counts, int k) {
    if (k < ScoringEngine.MIN_THRESHOLD) {
      throw new IllegalArgumentException(
          "the anonymity threshold is "
              + k
              + "; it may not be below "
              + ScoringEngine.MIN_THRESHOLD);
    }
    Map<Cell, Long> all = new LinkedHashMap<>();
    for (CellCount count : counts) {
      if (count.responses() < 0) {
        throw new IllegalArgumentException(
            "a cell cannot hold " + count.responses() + " responses");
      }
      if (count.responses() > 0) {
        all.merge(count.cell(), count.responses(), Long::sum);
      }
    }
    Map<Cell, Long> released = new LinkedHashMap<>(all);
    while (true) {
      Set<Cell> breaking = belowKRowsAndColumns(released, k);
      if (breaking.isEmpty()) {
        breaking = exposedBelowK(released, k);
      }
      if (breaking.isEmpty()) {
        return new Release(k, all, released.keySet());
      }
      breaking.forEach(released::remove);
    }
  }

  /** Rules (a) and (b): the cells of departments and tiers with 1 to k − 1 released responses. */
  private static Set<Cell> belowKRowsAndColumns(Map<Cell, Long> released, int k) {
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<Tier, Long> columns = new EnumMap<>(Tier.class);
    released.forEach(
        (cell, n) -> {
          rows.merge(cell.unitId(), n, Long::sum);
          columns.merge(cell.tier(), n, Long::sum);
        });
    Set<Cell> breaking = new HashSet<>();
    released
        .keySet()
        .forEach(
            cell -> {
              if (rows.get(cell.unitId()) < k || columns.get(cell.tier()) < k) {
                breaking.add(cell);
              }
            });
    return breaking;
  }

  /** Rule (c): every cell of an exposed set of fewer than k responses. */
  static Set<Cell> exposedBelowK(Map<Cell, Long> released, int k) {
    Set<Cell> breaking = new HashSet<>();
    for (Component component : Component.of(released)) {
      List<Tier> tiers = List.copyOf(component.tiers);
      int patterns = (int) Math.pow(3, tiers.size());
      for (int code = 0; code < patterns; code++) {
        Map<Tier, Integer> b = pattern(tiers, code);
        if (b == null) {
          continue;
        }
        List<Cell> forced = forcedCells(component, b, released);
        if (forced != null && sum(forced, released) < k) {
          breaking.addAll(forced);
        }
      }
    }
    return breaking;
  }

  /** The pattern numbered {@code code} in base 3, or null if constant or not shifted to 0. */
  private static Map<Tier, Integer> pattern(List<Tier> tiers, int code) {
    Map<Tier, Integer> b = new EnumMap<>(Tier.class);
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (Tier tier : tiers) {
      int digit = code % 3;
      code /= 3;
      b.put(tier, digit);
      min = Math.min(min, digit);
      max = Math.max(max, digit);
    }
    return min == 0 && max > 0 ? b : null;
  }

  /** The forced cells of a pattern, or null when some department spans a gap of two. */
  private static List<Cell> forcedCells(
      Component component, Map<Tier, Integer> b, Map<Cell, Long> released) {
    List<Cell> forced = new ArrayList<>();
    for (Map.Entry<String, Set<Tier>> unit : component.units.entrySet()) {
      int low = Integer.MAX_VALUE;
      int high = Integer.MIN_VALUE;
      for (Tier tier : unit.getValue()) {
        low = Math.min(low, b.get(tier));
        high = Math.max(high, b.get(tier));
      }
      if (high - low > 1) {
        return null;
      }
      if (high - low == 1) {
        for (Tier tier : unit.getValue()) {
          if (b.get(tier) == high) {
            forced.add(new Cell(unit.getKey(), tier));
          }
        }
      }
    }
    return forced;
  }

  private static long sum(List<Cell> cells, Map<Cell, Long> released) {
    return cells.stream().mapToLong(released::get).sum();
  }

  /** A connected component of the department–tier graph: its departments with their tiers. */
  private record Component(Map<String, Set<Tier>> units, Set<Tier> tiers) {

    static List<Component> of(Map<Cell, Long> released) {
      Map<String, Set<Tier>> tiersOfUnit = new LinkedHashMap<>();
      Map<Tier, Set<String>> unitsOfTier = new EnumMap<>(Tier.class);
      for (Cell cell : released.keySet()) {
        tiersOfUnit
            .computeIfAbsent(cell.unitId(), u -> EnumSet.noneOf(Tier.class))
            .add(cell.tier());
        unitsOfTier.computeIfAbsent(cell.tier(), t -> new HashSet<>()).add(cell.unitId());
      }
      List<Component> components = new ArrayList<>();
      Set<Tier> seen = EnumSet.noneOf(Tier.class);
      for (Tier start : unitsOfTier.keySet()) {
        if (seen.contains(start)) {
          continue;
        }
        Component component = new Component(new LinkedHashMap<>(), EnumSet.noneOf(Tier.class));
        List<Tier> queue = new ArrayList<>(List.of(start));
        while (!queue.isEmpty()) {
          Tier tier = queue.remove(queue.size() - 1);
          if (!seen.add(tier)) {
            continue;
          }
          component.tiers.add(tier);
          for (String unit : unitsOfTier.get(tier)) {
            component.units.put(unit, tiersOfUnit.get(unit));
            queue.addAll(tiersOfUnit.get(unit));
          }
        }
        components.add(component);
      }
      return components;
    }
  }
}
