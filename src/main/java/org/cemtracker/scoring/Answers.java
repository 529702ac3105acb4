package org.cemtracker.scoring;

import java.util.Map;
import org.cemtracker.model.Tier;

/**
 * One response: the department and tier it was given in, and per question id a level of the model's
 * scale; a question missing from the map was answered "don't know".
 */
public record Answers(String unitId, Tier tier, Map<String, Integer> levels) {

  public Answers {
    levels = Map.copyOf(levels);
  }
}
