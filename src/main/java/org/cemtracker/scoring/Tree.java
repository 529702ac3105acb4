package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Results.DepartmentResult;
import org.cemtracker.scoring.Results.TierResult;

/**
 * The department tree with its tallies: each department's own responses (rule 4), its subtree (the
 * rolled-up score), and which of them are suppressed among their siblings (rule 12).
 */
final class Tree {

  private final List<Unit> units;
  private final Cells cells;
  private final ScoringModel model;
  private final Map<String, Tally> own = new HashMap<>();
  private final Map<String, Tally> subtree = new HashMap<>();
  private final Map<String, List<Unit>> children = new LinkedHashMap<>();

  Tree(List<Unit> units, Cells cells, ScoringModel model) {
    this.units = List.copyOf(units);
    this.cells = cells;
    this.model = model;
    Set<String> ids = new HashSet<>();
    for (Unit unit : units) {
      if (!ids.add(unit.id())) {
        throw new IllegalArgumentException("department " + unit.path() + " appears twice");
      }
    }
    for (String id : cells.units()) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("responses name an unknown department " + id);
      }
    }
    for (Unit unit : units) {
      own.put(unit.id(), cells.own(unit.id()));
      children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
    }
    for (Unit unit : units) {
      subtreeOf(unit, new HashSet<>());
    }
  }

  private Tally subtreeOf(Unit unit, Set<String> path) {
    Tally known = subtree.get(unit.id());
    if (known != null) {
      return known;
    }
    if (!path.add(unit.id())) {
      throw new IllegalArgumentException("the department tree has a cycle at " + unit.path());
    }
    Tally sum = own.get(unit.id()).copy();
    for (Unit child : children.getOrDefault(unit.id(), List.of())) {
      sum.addAll(subtreeOf(child, path));
    }
    subtree.put(unit.id(), sum);
    return sum;
  }

  List<Unit> units() {
    return units;
  }

  Tally own(String unitId) {
    return own.get(unitId);
  }

  /** The department score: S of the responses given in the department itself, all tiers pooled. */
  Double score(Unit unit) {
    return model.score(own.get(unit.id()));
  }

  boolean covered(Unit unit) {
    return own.get(unit.id()).responses() > 0;
  }

  List<DepartmentResult> departmentResults(int k) {
    Set<String> hidden = hiddenAmongSiblings(own, k);
    Set<String> hiddenRollUps = hiddenAmongSiblings(subtree, k);
    List<DepartmentResult> results = new ArrayList<>();
    for (Unit unit : units.stream().sorted(Comparator.comparing(Unit::path)).toList()) {
      Tally tally = own.get(unit.id());
      boolean rollUpHidden = hiddenRollUps.contains(unit.id());
      Double rolledUp = rollUpHidden ? null : model.score(subtree.get(unit.id()));
      if (hidden.contains(unit.id())) {
        results.add(
            new DepartmentResult(
                unit.id(),
                unit.path(),
                unit.headcount(),
                unit.customerFacing(),
                true,
                true,
                null,
                null,
                null,
                List.of(),
                rollUpHidden,
                rolledUp,
                List.of()));
        continue;
      }
      ScoringEngine engine = new ScoringEngine(model);
      results.add(
          new DepartmentResult(
              unit.id(),
              unit.path(),
              unit.headcount(),
              unit.customerFacing(),
              covered(unit),
              false,
              (int) tally.responses(),
              model.score(tally),
              Margin.ofGroup(tally, unit.headcount()),
              engine.dimensionList(model.dimensionScores(tally)),
              rollUpHidden,
              rolledUp,
              tiers(unit, k, engine)));
    }
    return results;
  }

  private List<TierResult> tiers(Unit unit, int k, ScoringEngine engine) {
    Map<Tier, Long> counts = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      counts.put(tier, cells.tier(unit.id(), tier).responses());
    }
    Set<Tier> hidden = Suppression.hidden(counts, k, Comparator.naturalOrder());
    List<TierResult> results = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      Tally tally = cells.tier(unit.id(), tier);
      if (tally.responses() == 0) {
        continue;
      }
      results.add(hidden.contains(tier) ? TierResult.hidden(tier) : engine.tierResult(tier, tally));
    }
    return results;
  }

  /** Rule 12 applied to every set of siblings (same parent, or the top level). */
  private Set<String> hiddenAmongSiblings(Map<String, Tally> tallies, int k) {
    Map<String, String> paths = new HashMap<>();
    units.forEach(u -> paths.put(u.id(), u.path()));
    Set<String> hidden = new HashSet<>();
    for (List<Unit> siblings : children.values()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      siblings.forEach(u -> counts.put(u.id(), tallies.get(u.id()).responses()));
      hidden.addAll(
          Suppression.hidden(
              counts, k, Comparator.comparing(id -> Objects.requireNonNull(paths.get(id)))));
    }
    return hidden;
  }
}
