package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cemtracker.model.Tier.LEADERSHIP;
import static org.cemtracker.model.Tier.STAFF;

import java.util.ArrayList;
import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.junit.jupiter.api.Test;

/** DESIGN §4 rule 15 on small cases worked out by hand. */
class CommentsTest {

  private final MaturityModel model = TestModels.oneQuestion(5);
  private final List<Unit> units =
      List.of(
          new Unit("a", null, "A", 20, true),
          new Unit("b", null, "B", 20, false),
          new Unit("c", null, "C", 20, false),
          new Unit("l", null, "Legal", 3, false));

  private static List<CellCount> counts(Object... unitTierCount) {
    List<CellCount> counts = new ArrayList<>();
    for (int i = 0; i < unitTierCount.length; i += 3) {
      counts.add(
          new CellCount(
              (String) unitTierCount[i],
              (Tier) unitTierCount[i + 1],
              ((Integer) unitTierCount[i + 2]).longValue()));
    }
    return counts;
  }

  @Test
  void aDepartmentOfAtLeastCStandsAloneAndTheRestArePooledWhenTheyReachC() {
    // k = 5, c = 10: A has 12 (alone), B 6 and C 6 (pooled: 12), Legal 2 (withheld)
    Release release =
        Disclosure.release(counts("a", STAFF, 12, "b", STAFF, 6, "c", STAFF, 6, "l", STAFF, 2), 5);
    List<Comment> comments =
        List.of(
            new Comment("a", STAFF, "q", "zebra"),
            new Comment("a", STAFF, "q", "Apple"),
            new Comment("b", STAFF, "q", "from B"),
            new Comment("c", STAFF, "q", "from C"),
            new Comment("l", STAFF, "q", "from Legal"));

    List<Comments.DimensionComments> shown = Comments.of(model, units, release, 10, comments);

    assertThat(shown)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.groups())
                  .extracting(Comments.Group::label)
                  .containsExactly("A", Comments.OTHERS);
              assertThat(d.groups().get(0).comments()).containsExactly("Apple", "zebra");
              assertThat(d.groups().get(0).respondents()).isEqualTo(12);
              assertThat(d.groups().get(1).comments()).containsExactly("from B", "from C");
              assertThat(d.groups().get(1).respondents()).isEqualTo(12);
            });
    assertThat(shown.toString()).doesNotContain("from Legal");
  }

  @Test
  void aPoolBelowCIsShownNowhereSoNoListCanBeTakenFromAnother() {
    // B and C have 6 each but only B is given: the pool of the others (6) is below c = 10
    Release release = Disclosure.release(counts("a", STAFF, 12, "b", STAFF, 6), 5);
    List<Comments.DimensionComments> shown =
        Comments.of(
            model,
            units,
            release,
            10,
            List.of(
                new Comment("a", STAFF, "q", "from A"), new Comment("b", STAFF, "q", "from B")));

    assertThat(shown)
        .singleElement()
        .satisfies(
            d -> assertThat(d.groups()).extracting(Comments.Group::label).containsExactly("A"));
    assertThat(shown.toString()).doesNotContain("from B");
  }

  @Test
  void commentsOfAWithheldCellOfAReleasedDepartmentAreLeftOut() {
    // A: staff 12, leadership 1 — the leadership cell (1 < 5) is withheld, its comment too
    Release release =
        Disclosure.release(counts("a", STAFF, 12, "a", LEADERSHIP, 1, "b", STAFF, 6), 5);
    List<Comments.DimensionComments> shown =
        Comments.of(
            model,
            units,
            release,
            10,
            List.of(
                new Comment("a", STAFF, "q", "a staff member"),
                new Comment("a", LEADERSHIP, "q", "the one leader")));

    assertThat(shown.toString()).contains("a staff member").doesNotContain("the one leader");
  }

  @Test
  void noDepartmentOfAtLeastCMeansOnePoolOfAllDepartments() {
    Release release = Disclosure.release(counts("a", STAFF, 6, "b", STAFF, 6), 5);
    List<Comments.DimensionComments> shown =
        Comments.of(model, units, release, 10, List.of(new Comment("a", STAFF, "q", "x")));

    assertThat(shown.get(0).groups())
        .extracting(Comments.Group::label)
        .containsExactly(Comments.ALL);
  }

  @Test
  void theCommentThresholdIsNeverBelowK() {
    Release release = Disclosure.release(List.of(), 5);
    assertThatThrownBy(() -> Comments.of(model, units, release, 4, List.of()))
        .hasMessageContaining("below k");
  }
}
