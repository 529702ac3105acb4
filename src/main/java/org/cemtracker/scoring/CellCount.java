package org.cemtracker.scoring;

import org.cemtracker.model.Tier;

/** How many responses a cell holds: all that disclosure control needs to know of it. */
public record CellCount(String unitId, Tier tier, long responses) {

  public Cell cell() {
    return new Cell(unitId, tier);
  }
}
