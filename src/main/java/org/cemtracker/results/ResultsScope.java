package org.cemtracker.results;

import java.util.List;
import java.util.Set;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Role;
import org.cemtracker.scoring.Comments;
import org.cemtracker.scoring.PublishedGroups;
import org.cemtracker.scoring.QuestionResults;
import org.cemtracker.scoring.Results;

/**
 * What of a campaign's results the caller may see below the organisation (issue 15): everything, or
 * — for a department head who holds no other role in the organisation — the organisation's and the
 * tiers' figures and the departments they head, with everything below them; no figure listed for
 * another department or for a group of other departments (the customer-facing side, a division
 * above theirs). Reach, the bolt-on gap and dispersion are withheld from them too: with the
 * headcounts and their own departments' scores those could be solved for the others' in a small
 * tree. The CEM index and the tiers stay, so the rest of the organisation taken as a whole can be
 * inferred, as by every reader. Hiding figures from one reader cannot reveal anything: it only
 * shows less.
 */
final class ResultsScope {

  /** Every figure, for administrators, consultants, leaders and HR. */
  static final ResultsScope ALL = new ResultsScope(null);

  /** The headed paths, or null for every department. */
  private final List<String> headed;

  private ResultsScope(List<String> headed) {
    this.headed = headed == null ? null : List.copyOf(headed);
  }

  /** A department head's scope: the departments at these paths, with everything below them. */
  static ResultsScope heading(List<String> paths) {
    return new ResultsScope(paths);
  }

  /** The caller's scope in the organisation. */
  static ResultsScope of(Access access, String organisationId) {
    if (access.isAdmin()) {
      return ALL;
    }
    Set<Role> roles = access.roles(organisationId);
    if (roles.isEmpty() || !Set.of(Role.DEPARTMENT_HEAD).containsAll(roles)) {
      return ALL;
    }
    return heading(access.headedDepartments(organisationId));
  }

  boolean everything() {
    return headed == null;
  }

  /** Whether the caller heads this department or one above it. */
  boolean shows(String path) {
    return headed == null
        || headed.stream().anyMatch(h -> path.equals(h) || path.startsWith(h + "/"));
  }

  Results apply(Results results) {
    return everything()
        ? results
        : results
            .withoutSpread()
            .withDepartments(results.departments().stream().filter(d -> shows(d.path())).toList());
  }

  List<PublishedGroups.Group> groups(List<PublishedGroups.Group> groups) {
    return everything()
        ? groups
        : groups.stream()
            .filter(
                g ->
                    switch (g.kind()) {
                      case "organisation", "tier" -> true;
                      case "department", "division" -> shows(g.path());
                      default -> false;
                    })
            .toList();
  }

  List<QuestionResults.Group> questionGroups(List<QuestionResults.Group> groups) {
    return everything()
        ? groups
        : groups.stream().filter(g -> !g.kind().equals("department") || shows(g.label())).toList();
  }

  List<Comments.DimensionComments> comments(List<Comments.DimensionComments> dimensions) {
    if (everything()) {
      return dimensions;
    }
    return dimensions.stream()
        .map(d -> d.only(label -> label.equals(Comments.ALL) || shows(label)))
        .filter(d -> !d.groups().isEmpty())
        .toList();
  }
}
