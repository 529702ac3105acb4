package org.cemtracker.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Role;
import org.cemtracker.results.ResultsService;
import org.cemtracker.scoring.Results;

/**
 * Reads the consultant's review of a campaign: its consultants and administrators always, the
 * organisation's leaders once it is published, nobody else. The organisation's own scores beside it
 * are the released figures the reader may read, through the one disclosure layer. Not
 * transactional: a read of results that are not released yet fails in a transaction of its own,
 * which marks no caller's transaction for rollback.
 */
@ApplicationScoped
public class Reviews {

  @Inject CampaignService campaigns;
  @Inject ResultsService results;
  @Inject ReviewRepository reviews;
  @Inject Access access;

  /** The review, or the reason the caller may not read it (404 for a draft, 403 for a role). */
  public Review review(String campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    boolean runs = campaigns.runs(campaign);
    Optional<ReviewPublication> publication = reviews.publication(campaign.id());
    if (!runs) {
      if (!access.roles(campaign.organisationId()).contains(Role.LEADER)) {
        throw Problem.forbidden("The consultant's review is shown to the organisation's leaders");
      }
      if (publication.isEmpty()) {
        throw Problem.notFoundSaying("The consultant has not published a review of this campaign");
      }
    }
    return assemble(campaign, runs, publication.orElse(null));
  }

  /** The review if the caller may read it, for the pages that show it where it exists. */
  public Optional<Review> readable(String campaignId) {
    try {
      return Optional.of(review(campaignId));
    } catch (Problem notForThisReader) {
      return Optional.empty();
    }
  }

  private Review assemble(Campaign campaign, boolean runs, ReviewPublication publication) {
    MaturityModel model = campaign.model();
    Results own = ownResults(campaign.id());
    Map<String, Double> ownScores = new HashMap<>();
    if (own != null) {
      own.dimensions().forEach(d -> ownScores.put(d.id(), d.score()));
    }
    Map<String, ConsultantRating> rated = new HashMap<>();
    reviews.ratings(campaign.id()).forEach(r -> rated.put(r.subject(), r));
    List<Review.DimensionView> dimensions = new ArrayList<>();
    for (MaturityModel.Dimension dimension : model.dimensions()) {
      ConsultantRating rating = rated.get(ConsultantRating.dimension(dimension.id()));
      Double ownScore = ownScores.get(dimension.id());
      Double points = rating == null ? null : points(model, rating.level());
      Double gap = points == null || ownScore == null ? null : points - ownScore;
      dimensions.add(
          new Review.DimensionView(
              dimension, ownScore, rated(rating, scaleLabel(model, rating)), points, gap));
    }
    ConsultantRating stage = rated.get(ConsultantRating.STAGE);
    Review.StageView stageView =
        new Review.StageView(
            own == null ? null : own.stage(), rated(stage, stageName(model, stage)));
    return new Review(
        campaign,
        runs,
        publication == null
            ? null
            : new Review.Publication(publication.publishedAt(), publication.publishedBy()),
        dimensions,
        stageView);
  }

  /** The released figures the caller may read, or null while there are none (open, unpublished). */
  private Results ownResults(String campaignId) {
    try {
      Results own = results.results(campaignId).results();
      return own.hidden() ? null : own;
    } catch (Problem notReleased) {
      return null;
    }
  }

  /** A level of the model's scale as points on 0–100, as an answer at that level counts. */
  static double points(MaturityModel model, int level) {
    List<MaturityModel.ScaleLevel> scale = model.scale();
    double lo = scale.get(0).value();
    double hi = scale.get(scale.size() - 1).value();
    return (scale.get(level - 1).value() - lo) / (hi - lo) * 100;
  }

  private static Review.Rated rated(ConsultantRating rating, String label) {
    if (rating == null) {
      return null;
    }
    return new Review.Rated(
        rating.level(),
        label,
        new Evidence(rating.note(), EvidenceLinks.read(rating.links())),
        rating.ratedAt(),
        rating.ratedByName(),
        rating.ratedByEmail(),
        rating.version());
  }

  private static String scaleLabel(MaturityModel model, ConsultantRating rating) {
    if (rating == null) {
      return null;
    }
    return model.scale().stream()
        .filter(s -> s.level() == rating.level())
        .map(MaturityModel.ScaleLevel::label)
        .findFirst()
        .orElse(String.valueOf(rating.level()));
  }

  private static String stageName(MaturityModel model, ConsultantRating rating) {
    if (rating == null) {
      return null;
    }
    return model.stages().stream()
        .filter(s -> s.number() == rating.level())
        .map(MaturityModel.Stage::name)
        .findFirst()
        .orElse("stage " + rating.level());
  }
}
