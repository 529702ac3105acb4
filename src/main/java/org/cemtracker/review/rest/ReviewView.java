package org.cemtracker.review.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.review.Evidence;
import org.cemtracker.review.Review;

/** The consultant's review as the API shows it. */
public record ReviewView(
    String campaignId,
    boolean published,
    OffsetDateTime publishedAt,
    String publishedBy,
    List<MaturityModel.ScaleLevel> scale,
    List<StageOption> stages,
    List<DimensionRating> dimensions,
    StageRating stage) {

  public record StageOption(int number, String name) {}

  public record RatedBy(String name, String email) {}

  public record Rating(
      int level,
      String label,
      Double points,
      String note,
      List<Evidence.Link> links,
      OffsetDateTime ratedAt,
      RatedBy ratedBy,
      int version) {

    static Rating of(Review.Rated r, Double points) {
      return r == null
          ? null
          : new Rating(
              r.level(),
              r.label(),
              points,
              r.evidence().note(),
              r.evidence().links(),
              r.at(),
              new RatedBy(r.byName(), r.byEmail()),
              r.version());
    }
  }

  /** A dimension: the organisation's own score, the consultant's rating and the gap in points. */
  public record DimensionRating(
      String id, String name, Double ownScore, Rating rating, Double gap) {}

  /** The stage the scores give and the one the consultant claims. */
  public record StageRating(StageOption computed, Rating claimed) {}

  static ReviewView of(Review review) {
    MaturityModel model = review.campaign().model();
    return new ReviewView(
        review.campaign().id(),
        review.published(),
        review.published() ? review.publication().at() : null,
        review.published() ? review.publication().by() : null,
        model.scale(),
        model.stages().stream().map(s -> new StageOption(s.number(), s.name())).toList(),
        review.dimensions().stream()
            .map(
                d ->
                    new DimensionRating(
                        d.dimension().id(),
                        d.dimension().name(),
                        d.ownScore(),
                        Rating.of(d.rating(), d.ratingPoints()),
                        d.gap()))
            .toList(),
        new StageRating(
            review.stage().computed() == null
                ? null
                : new StageOption(
                    review.stage().computed().number(), review.stage().computed().name()),
            Rating.of(review.stage().claimed(), null)));
  }
}
