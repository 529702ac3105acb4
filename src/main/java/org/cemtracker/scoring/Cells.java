package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cemtracker.model.Tier;

/** The sums of one campaign by department and tier: the cells every figure is computed from. */
public final class Cells {

  private final ScoringModel model;
  private final Map<Cell, CellSums> cells = new LinkedHashMap<>();
  private final Map<String, EnumMap<Tier, CellSums>> byUnit = new LinkedHashMap<>();

  public Cells(ScoringModel model) {
    this.model = model;
  }

  public static Cells of(ScoringModel model, Iterable<Answers> responses) {
    Cells cells = new Cells(model);
    responses.forEach(cells::add);
    return cells;
  }

  public ScoringModel model() {
    return model;
  }

  public void add(Answers answers) {
    sums(new Cell(answers.unitId(), answers.tier())).add(model, answers);
  }

  /** Puts a cell's stored sums (adding to any already there). */
  public void put(Cell cell, CellSums sums) {
    if (sums.tier() != cell.tier()) {
      throw new IllegalArgumentException("the sums of a " + sums.tier() + " cell for " + cell);
    }
    sums(cell).addAll(sums);
  }

  /** Adds every cell of another campaign part (same model) to these. */
  public void putAll(Cells other) {
    other.cells.forEach(this::put);
  }

  /** The sums of a cell, created empty when absent. */
  public CellSums sums(Cell cell) {
    CellSums sums = cells.get(cell);
    if (sums == null) {
      sums = new CellSums(model, cell.tier());
      keep(cell, sums);
    }
    return sums;
  }

  private void keep(Cell cell, CellSums sums) {
    cells.put(cell, sums);
    byUnit.computeIfAbsent(cell.unitId(), u -> new EnumMap<>(Tier.class)).put(cell.tier(), sums);
  }

  /** How many responses each cell holds: what disclosure control decides on. */
  public List<CellCount> counts() {
    List<CellCount> counts = new ArrayList<>();
    cells.forEach(
        (cell, sums) -> counts.add(new CellCount(cell.unitId(), cell.tier(), sums.responses())));
    return counts;
  }

  /** Only the released cells: what every figure is computed from. */
  Cells released(Release release) {
    Cells released = new Cells(model);
    cells.forEach(
        (cell, sums) -> {
          if (release.isReleased(cell)) {
            released.keep(cell, sums);
          }
        });
    return released;
  }

  /** All tiers of a department pooled (a new tally). */
  Tally own(String unitId) {
    Tally own = model.newTally();
    byUnit
        .getOrDefault(unitId, new EnumMap<>(Tier.class))
        .values()
        .forEach(s -> own.addAll(s.tally));
    return own;
  }

  /** One tier over all departments (a new tally). */
  Tally tier(Tier tier) {
    Tally all = model.newTally();
    cells.forEach(
        (cell, sums) -> {
          if (cell.tier() == tier) {
            all.addAll(sums.tally);
          }
        });
    return all;
  }

  /** One tier's item moments over all departments. */
  ItemMoments moments(Tier tier) {
    ItemMoments all = new ItemMoments(model.items(tier));
    cells.forEach(
        (cell, sums) -> {
          if (cell.tier() == tier) {
            all.addAll(sums.moments);
          }
        });
    return all;
  }

  Set<String> units() {
    return byUnit.keySet();
  }

  /** Whether both hold the same sums in the same cells (own-score sums within rounding). */
  public boolean sameAs(Cells other) {
    Set<Cell> mine = nonEmpty();
    return mine.equals(other.nonEmpty())
        && mine.stream().allMatch(c -> cells.get(c).sameAs(other.cells.get(c)));
  }

  private Set<Cell> nonEmpty() {
    return cells.entrySet().stream()
        .filter(e -> e.getValue().responses() > 0)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }
}
