package org.cemtracker.review;

import java.util.List;

/**
 * A rating to save: the level (a scale level for a dimension, a stage number for the stage), the
 * evidence, and the version of the rating it replaces (none for a first rating).
 */
public record RatingRequest(Integer level, String note, List<LinkRequest> links, Integer version) {

  /** A link as the client sends it; the label defaults to the address's host. */
  public record LinkRequest(String label, String url) {}
}
