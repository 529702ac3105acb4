package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationRepository;

/**
 * DESIGN §9 retention: in organisations that set it, the raw answers and comments of campaigns
 * closed more than that many months ago are deleted. The responses keep their department, tier and
 * day (the counts stay), the per-cell aggregates stay, so every released figure stays exactly as it
 * was. Run daily by {@link RetentionSchedule}; idempotent, so several nodes may run it.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

  @Inject OrganisationRepository organisations;
  @Inject CampaignRepository campaigns;
  @Inject AuditLog audit;
  @Inject Access access;
  @Inject Event<RawAnswersDeleted> deleted;

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /** What one run deleted: the campaigns, and how many answers. */
  public record Run(OffsetDateTime asOf, List<String> campaignIds, long answersDeleted) {}

  /** Runs retention as of a moment, for an administrator (a moment later than now tests it). */
  public Run runAs(OffsetDateTime asOf) {
    if (!access.isAdmin()) {
      throw Problem.forbidden("Only administrators run retention");
    }
    return run(asOf);
  }

  public Run run(OffsetDateTime asOf) {
    List<String> purged = new ArrayList<>();
    long answers = 0;
    for (Organisation organisation : organisations.findAll()) {
      Integer months = organisation.retentionMonths();
      if (months == null) {
        continue;
      }
      OffsetDateTime cutoff = asOf.minusMonths(months);
      for (Campaign campaign : campaigns.findByOrganisation(organisation.id())) {
        if (campaign.isFinished()
            && campaign.rawDeletedAt() == null
            && campaign.closedAt() != null
            && campaign.closedAt().isBefore(cutoff)) {
          long n = deleteAnswers(campaign.id());
          deleted.fire(new RawAnswersDeleted(campaign.id()));
          campaign.rawAnswersDeleted(asOf);
          audit.record(
              organisation.id(),
              "RAW_ANSWERS_DELETED",
              "campaign",
              campaign.id(),
              campaign.name(),
              new Changes().set("answers", n).set("retentionMonths", months));
          purged.add(campaign.id());
          answers += n;
        }
      }
    }
    return new Run(asOf, purged, answers);
  }

  private long deleteAnswers(String campaignId) {
    return em.createQuery(
            "delete from ResponseAnswer a where a.responseId in"
                + " (select r.id from Response r where r.campaignId = :c)")
        .setParameter("c", campaignId)
        .executeUpdate();
  }
}
