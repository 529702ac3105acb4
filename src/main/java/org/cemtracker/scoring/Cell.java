package org.cemtracker.scoring;

import org.cemtracker.model.Tier;

/**
 * A cell of DESIGN §4 rule 12: the responses given in one department (its own, not its
 * sub-departments') at one tier. Every figure is computed from cells, and disclosure control
 * decides per cell whether its responses are released.
 */
public record Cell(String unitId, Tier tier) {}
