package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemtracker.scoring.Results.DepartmentResult;

/**
 * The department tree with the tallies of its released responses: each department's own responses
 * (rule 4) and its subtree (the rolled-up score).
 */
final class Tree {

  private final List<Unit> units;
  private final ScoringModel model;
  private final Map<String, Tally> own = new HashMap<>();
  private final Map<String, Tally> subtree = new HashMap<>();
  private final Map<String, List<Unit>> children = new LinkedHashMap<>();

  Tree(List<Unit> units, Cells released, ScoringModel model) {
    this.units = List.copyOf(units);
    this.model = model;
    for (Unit unit : units) {
      own.put(unit.id(), released.own(unit.id()));
      children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
    }
    for (Unit unit : units) {
      subtreeOf(unit, new HashSet<>());
    }
  }

  /** Refuses a tree with a department twice, or cells of a department it does not hold. */
  static void check(List<Unit> units, Cells cells) {
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

  /** The department score: S of its own released responses, all tiers pooled. */
  Double score(Unit unit) {
    return model.score(own.get(unit.id()));
  }

  boolean covered(Unit unit) {
    return own.get(unit.id()).responses() > 0;
  }

  List<DepartmentResult> departmentResults(Release release, ScoringEngine engine) {
    List<DepartmentResult> results = new ArrayList<>();
    for (Unit unit : units.stream().sorted(Comparator.comparing(Unit::path)).toList()) {
      Tally tally = own.get(unit.id());
      Tally rolled = subtree.get(unit.id());
      Double rolledUp = rolled.responses() > 0 ? model.score(rolled) : null;
      boolean hidden = release.isHidden(unit.id());
      if (!covered(unit)) {
        results.add(
            new DepartmentResult(
                unit.id(),
                unit.path(),
                unit.headcount(),
                unit.customerFacing(),
                false,
                hidden,
                hidden ? null : 0,
                null,
                null,
                List.of(),
                rolledUp));
        continue;
      }
      results.add(
          new DepartmentResult(
              unit.id(),
              unit.path(),
              unit.headcount(),
              unit.customerFacing(),
              true,
              false,
              (int) tally.responses(),
              model.score(tally),
              Margin.ofGroup(tally, unit.headcount()),
              engine.dimensionList(model.dimensionScores(tally)),
              rolledUp));
    }
    return results;
  }
}
