package org.cemtracker.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.TreeSet;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.CurrentCaller;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.organisation.Access;

/**
 * The consultant rates a campaign — each dimension on the model's scale, the stage the organisation
 * is at — with evidence, and publishes the review to the organisation's leaders. Consultants and
 * administrators who run the campaign only; every change is in the audit log. Nothing here reads
 * the review back: a read that fails (results not released yet) must not roll the change back, so
 * callers read it with {@link Reviews} afterwards.
 */
@ApplicationScoped
@Transactional
public class Rating {

  @Inject CampaignService campaigns;
  @Inject ReviewRepository reviews;
  @Inject Access access;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  public void rateDimension(String campaignId, String dimensionId, RatingRequest request) {
    Campaign campaign = manage(campaignId);
    MaturityModel model = campaign.model();
    MaturityModel.Dimension dimension =
        model
            .dimension(dimensionId)
            .orElseThrow(() -> Problem.notFound("Dimension " + dimensionId));
    Set<Integer> levels = new TreeSet<>();
    model.scale().forEach(s -> levels.add(s.level()));
    String what = "a level of the model's scale, 1 to " + model.levels();
    store(campaign, ConsultantRating.dimension(dimension.id()), request, levels, what);
  }

  public void claimStage(String campaignId, RatingRequest request) {
    Campaign campaign = manage(campaignId);
    Set<Integer> stages = new TreeSet<>();
    campaign.model().stages().forEach(s -> stages.add(s.number()));
    store(campaign, ConsultantRating.STAGE, request, stages, "one of the model's stages " + stages);
  }

  public void unrateDimension(String campaignId, String dimensionId) {
    remove(manage(campaignId), ConsultantRating.dimension(dimensionId), dimensionId);
  }

  public void unclaimStage(String campaignId) {
    remove(manage(campaignId), ConsultantRating.STAGE, "The claimed stage");
  }

  /** Publishes the review to the leaders; publishing it again changes nothing. */
  public void publish(String campaignId) {
    Campaign campaign = manage(campaignId);
    if (reviews.publication(campaign.id()).isEmpty()) {
      if (reviews.ratings(campaign.id()).isEmpty()) {
        throw Problem.conflict("Rate at least one dimension or the stage before publishing");
      }
      reviews.publish(new ReviewPublication(campaign.id(), identity().email()));
      record(campaign, "REVIEW_PUBLISHED", new Changes().set("review", "published"));
    }
  }

  /** Takes the review back from the leaders; it stays, as a draft. */
  public void withdraw(String campaignId) {
    Campaign campaign = manage(campaignId);
    reviews
        .publication(campaign.id())
        .ifPresent(
            p -> {
              reviews.withdraw(p);
              record(campaign, "REVIEW_WITHDRAWN", new Changes().set("review", "withdrawn"));
            });
  }

  private void store(
      Campaign campaign, String subject, RatingRequest request, Set<Integer> levels, String what) {
    if (request == null) {
      throw Problem.invalid("body", "give the rating: level, note, links");
    }
    EvidenceCheck.Checked checked = EvidenceCheck.check(request, levels, what);
    ConsultantRating rating = reviews.rating(campaign.id(), subject).orElse(null);
    if (rating != null && !Integer.valueOf(rating.version()).equals(request.version())) {
      throw Problem.conflict(
          "This rating was changed by "
              + rating.ratedByName()
              + " at "
              + rating.ratedAt()
              + ": reload it (version "
              + rating.version()
              + ") and rate again");
    }
    if (rating == null && request.version() != null) {
      throw Problem.conflict("This rating was removed: reload the review and rate again");
    }
    Integer before = rating == null ? null : rating.level();
    if (rating == null) {
      rating = new ConsultantRating(campaign.id(), subject);
      reviews.store(rating);
    }
    CallerIdentity me = identity();
    rating.rate(
        checked.level(),
        checked.evidence().note(),
        EvidenceLinks.write(checked.evidence().links()),
        me.name() == null || me.name().isBlank() ? me.email() : me.name(),
        me.email());
    record(
        campaign,
        "RATED",
        new Changes()
            .change(subject, before, checked.level())
            .set("links", checked.evidence().links().size()));
  }

  private void remove(Campaign campaign, String subject, String what) {
    ConsultantRating rating =
        reviews
            .rating(campaign.id(), subject)
            .orElseThrow(() -> Problem.notFound("A rating of " + what));
    reviews.remove(rating);
    record(campaign, "UNRATED", new Changes().change(subject, rating.level(), null));
  }

  private Campaign manage(String campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    access.campaign(campaign.organisationId());
    return campaign;
  }

  private CallerIdentity identity() {
    return caller.require();
  }

  private void record(Campaign campaign, String action, Changes changes) {
    audit.record(
        campaign.organisationId(), action, "campaign", campaign.id(), campaign.name(), changes);
  }
}
