package org.cemtracker.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cemtracker.scoring.Comments;
import org.cemtracker.scoring.PublishedGroups;
import org.junit.jupiter.api.Test;

/** A department head's scope keeps their departments and the organisation's level, nothing else. */
class ResultsScopeTest {

  private final ResultsScope sales = ResultsScope.heading(List.of("Sales"));

  @Test
  void aHeadSeesTheirDepartmentAndEverythingBelowItButNoDepartmentWhosePathMerelyStartsAlike() {
    assertThat(sales.shows("Sales")).isTrue();
    assertThat(sales.shows("Sales/Field")).isTrue();
    assertThat(sales.shows("Salesforce")).as("a sibling, not a sub-department").isFalse();
    assertThat(sales.shows("Ops")).isFalse();
    assertThat(ResultsScope.ALL.shows("Ops")).isTrue();
  }

  @Test
  void aHeadIsOfferedTheOrganisationTheTiersAndTheirOwnDivisionOnly() {
    List<PublishedGroups.Group> groups =
        List.of(
            group("organisation", "organisation", null),
            group("tier:STAFF", "tier", null),
            group("customer-facing", "side", null),
            group("division:s", "division", "Sales"),
            group("department:f", "department", "Sales/Field"),
            group("department:o", "department", "Ops"),
            group("division:x", "division", "Salesforce"));
    assertThat(sales.groups(groups))
        .extracting(PublishedGroups.Group::key)
        .containsExactly("organisation", "tier:STAFF", "division:s", "department:f");
    assertThat(ResultsScope.ALL.groups(groups)).isEqualTo(groups);
  }

  @Test
  void aHeadReadsTheCommentsOfTheirDepartmentsAndOfTheWholeOrganisationOnly() {
    List<Comments.DimensionComments> comments =
        List.of(
            new Comments.DimensionComments(
                "d",
                "D",
                List.of(
                    new Comments.Group("Sales", 12, List.of("ours")),
                    new Comments.Group("Ops", 12, List.of("theirs")),
                    new Comments.Group(Comments.OTHERS, 12, List.of("the rest")))),
            new Comments.DimensionComments(
                "e", "E", List.of(new Comments.Group(Comments.ALL, 30, List.of("everyone")))),
            new Comments.DimensionComments(
                "f", "F", List.of(new Comments.Group("Ops", 12, List.of("only theirs")))));
    List<Comments.DimensionComments> shown = sales.comments(comments);
    assertThat(shown).extracting(Comments.DimensionComments::dimensionId).containsExactly("d", "e");
    assertThat(shown.get(0).groups()).extracting(Comments.Group::label).containsExactly("Sales");
  }

  private static PublishedGroups.Group group(String key, String kind, String path) {
    return new PublishedGroups.Group(key, kind, key, path, 10, Set.of());
  }
}
