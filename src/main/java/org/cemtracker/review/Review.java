package org.cemtracker.review;

import java.time.OffsetDateTime;
import java.util.List;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Results;

/**
 * The consultant's review of a campaign beside the organisation's own view: per dimension the
 * organisation's score (from the released responses; null where none is published yet or it is
 * hidden), the consultant's rating on the model's scale and in points, and the gap; the stage the
 * consultant finds beside the stage the scores give.
 *
 * @param runs whether the reader runs the campaign (may rate and publish)
 * @param publication when and by whom it was published to the leaders; null while it is a draft
 */
public record Review(
    Campaign campaign,
    boolean runs,
    Publication publication,
    List<DimensionView> dimensions,
    StageView stage) {

  /** When the review was published to the organisation's leaders, and by whom. */
  public record Publication(OffsetDateTime at, String by) {}

  /** A rating, attributed and timestamped, with the version a change must name. */
  public record Rated(
      int level,
      String label,
      Evidence evidence,
      OffsetDateTime at,
      String byName,
      String byEmail,
      int version) {}

  /**
   * A dimension: the organisation's own score, the consultant's rating (null if not rated) in
   * points on 0–100 by DESIGN §4 rule 2, and the gap (consultant minus own; null unless both).
   */
  public record DimensionView(
      MaturityModel.Dimension dimension,
      Double ownScore,
      Rated rating,
      Double ratingPoints,
      Double gap) {}

  /** The stage the scores give (null before results) and the one the consultant claims. */
  public record StageView(Results.StageResult computed, Rated claimed) {}

  public boolean published() {
    return publication != null;
  }

  /** Whether anything is rated: a dimension or the stage. */
  public boolean rated() {
    return stage.claimed() != null || dimensions.stream().anyMatch(d -> d.rating() != null);
  }
}
