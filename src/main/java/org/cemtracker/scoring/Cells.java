package org.cemtracker.scoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.cemtracker.model.Tier;

/** The tallies of one campaign by department and tier: the cells every figure is computed from. */
public final class Cells {

  private final ScoringModel model;
  private final Map<String, EnumMap<Tier, Tally>> cells = new HashMap<>();

  public Cells(ScoringModel model) {
    this.model = model;
  }

  public static Cells of(ScoringModel model, Iterable<Answers> responses) {
    Cells cells = new Cells(model);
    responses.forEach(cells::add);
    return cells;
  }

  public void add(Answers answers) {
    model.add(cell(answers.unitId(), answers.tier()), answers);
  }

  /** The tally of one department and tier, created empty when absent. */
  public Tally cell(String unitId, Tier tier) {
    return cells
        .computeIfAbsent(unitId, id -> new EnumMap<>(Tier.class))
        .computeIfAbsent(tier, t -> model.newTally());
  }

  /** All tiers of a department pooled (a new tally). */
  Tally own(String unitId) {
    Tally own = model.newTally();
    cells.getOrDefault(unitId, new EnumMap<>(Tier.class)).values().forEach(own::addAll);
    return own;
  }

  Tally tier(String unitId, Tier tier) {
    EnumMap<Tier, Tally> byTier = cells.get(unitId);
    Tally tally = byTier == null ? null : byTier.get(tier);
    return tally == null ? model.newTally() : tally;
  }

  Iterable<String> units() {
    return cells.keySet();
  }
}
