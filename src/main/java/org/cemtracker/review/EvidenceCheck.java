package org.cemtracker.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cemtracker.base.Validation;

/**
 * Checks a rating as the client sent it: the level among those allowed, and evidence — a note, a
 * link, or both — with links that are absolute http or https addresses. Every mistake is named at
 * once, in the client's terms.
 */
final class EvidenceCheck {

  static final int MAX_NOTE = 4000;
  static final int MAX_LINKS = 10;
  static final int MAX_URL = 2000;
  static final int MAX_LABEL = 200;

  /** A rating that passed. */
  record Checked(int level, Evidence evidence) {}

  private EvidenceCheck() {}

  /**
   * @param levels the levels allowed (the scale's, or the model's stage numbers)
   * @param what how the level is named in the error ("a level of the scale 1–5")
   */
  static Checked check(RatingRequest request, Set<Integer> levels, String what) {
    Validation validation = new Validation();
    validation.require(
        request.level() != null && levels.contains(request.level()), "level", "must be " + what);
    String note =
        request.note() == null || request.note().isBlank() ? null : request.note().strip();
    validation.require(
        note == null || note.length() <= MAX_NOTE,
        "note",
        "must be at most " + MAX_NOTE + " characters");
    validation.storable(note, "note");
    List<Evidence.Link> links = new ArrayList<>();
    List<RatingRequest.LinkRequest> asked = request.links() == null ? List.of() : request.links();
    validation.require(
        asked.size() <= MAX_LINKS, "links", "at most " + MAX_LINKS + " links per rating");
    for (int i = 0; i < asked.size() && i < MAX_LINKS; i++) {
      Evidence.Link link = link(asked.get(i), "links[" + i + "]", validation);
      if (link != null) {
        links.add(link);
      }
    }
    validation.require(
        note != null || !asked.isEmpty(),
        "note",
        "give the evidence for the rating: a note, a link to a document, or both");
    validation.check();
    return new Checked(request.level(), new Evidence(note, links));
  }

  private static Evidence.Link link(
      RatingRequest.LinkRequest link, String field, Validation validation) {
    if (link == null || link.url() == null || link.url().isBlank()) {
      validation.require(false, field + ".url", "give the document's address");
      return null;
    }
    String url = link.url().strip();
    URI uri = uri(url);
    boolean web =
        uri != null
            && ("http".equalsIgnoreCase(uri.getScheme())
                || "https".equalsIgnoreCase(uri.getScheme()))
            && uri.getHost() != null;
    validation.require(
        web, field + ".url", "must be an http or https address such as https://example.org/doc");
    validation.require(
        url.length() <= MAX_URL, field + ".url", "must be at most " + MAX_URL + " characters");
    String label = link.label() == null || link.label().isBlank() ? null : link.label().strip();
    validation.require(
        label == null || label.length() <= MAX_LABEL,
        field + ".label",
        "must be at most " + MAX_LABEL + " characters");
    validation.storable(label, field + ".label");
    if (!web || url.length() > MAX_URL) {
      return null;
    }
    return new Evidence.Link(label == null ? uri.getHost() : label, url);
  }

  private static URI uri(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
