package org.cemtracker.scoring;

import org.cemtracker.model.Tier;

/** A stored comment, as rule 15 decides on it: the cell it came from and the question it was on. */
public record Comment(String unitId, Tier tier, String questionId, String text) {}
