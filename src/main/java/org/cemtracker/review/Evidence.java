package org.cemtracker.review;

import java.util.List;

/**
 * What backs a rating: a note and links to documents (a workshop's minutes, a CX charter, a journey
 * map), each link with the label it is shown under.
 */
public record Evidence(String note, List<Link> links) {

  public Evidence {
    links = List.copyOf(links);
  }

  /** A document the evidence points at: an http or https address and its label. */
  public record Link(String label, String url) {}
}
