package org.cemtracker.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.cemtracker.base.Problem;
import org.junit.jupiter.api.Test;

class EvidenceCheckTest {

  private static final Set<Integer> SCALE = Set.of(1, 2, 3, 4, 5);

  @Test
  void everyMistakeIsNamedAtOnce() {
    RatingRequest request =
        new RatingRequest(
            7,
            null,
            List.of(
                new RatingRequest.LinkRequest(null, "javascript:alert(1)"),
                new RatingRequest.LinkRequest("x".repeat(201), "https://example.org/a"),
                new RatingRequest.LinkRequest("ok", "")),
            null);
    Problem problem =
        catchThrowableOfType(
            () -> EvidenceCheck.check(request, SCALE, "a level 1 to 5"), Problem.class);
    assertThat(problem.fields())
        .containsOnlyKeys("level", "links[0].url", "links[1].label", "links[2].url");
  }

  @Test
  void aRatingNeedsANoteOrALink() {
    Problem problem =
        catchThrowableOfType(
            () -> EvidenceCheck.check(new RatingRequest(3, "  ", List.of(), null), SCALE, "x"),
            Problem.class);
    assertThat(problem.fields()).containsOnlyKeys("note");
  }

  @Test
  void aLinkWithoutLabelIsShownUnderItsHost() {
    EvidenceCheck.Checked checked =
        EvidenceCheck.check(
            new RatingRequest(
                2,
                null,
                List.of(new RatingRequest.LinkRequest(" ", " https://docs.example.org/c ")),
                null),
            SCALE,
            "x");
    assertThat(checked.level()).isEqualTo(2);
    assertThat(checked.evidence().links())
        .containsExactly(new Evidence.Link("docs.example.org", "https://docs.example.org/c"));
    assertThat(checked.evidence().note()).isNull();
  }

  @Test
  void eleventhLinkIsRefused() {
    List<RatingRequest.LinkRequest> links =
        Collections.nCopies(11, new RatingRequest.LinkRequest("a", "https://e.org/a"));
    Problem problem =
        catchThrowableOfType(
            () -> EvidenceCheck.check(new RatingRequest(1, "n", links, null), SCALE, "x"),
            Problem.class);
    assertThat(problem.fields()).containsOnlyKeys("links");
  }
}
