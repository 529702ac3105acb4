package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cemtracker.base.Problem;
import org.cemtracker.base.Settings;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.Access;

/**
 * Carries out the planned steps that are due: each in a transaction of its own that first claims
 * it, so that a step is done once across nodes and restarts — done with its effect, or not at all.
 * A step that cannot be done (its phase's higher phase never opened, the campaign closed by hand)
 * is marked done with the reason, not retried.
 */
@ApplicationScoped
public class StepRunner {

  private static final Logger LOG = Logger.getLogger(StepRunner.class.getName());

  @Inject PlanRepository plans;
  @Inject CampaignRepository campaigns;
  @Inject CampaignService service;
  @Inject Reminders reminders;
  @Inject InvitationMailer mailer;
  @Inject StepRunner self;
  @Inject Access access;

  /** A step carried out: which campaign, what, and what came of it. */
  public record Ran(String campaignId, StepKind kind, OffsetDateTime dueAt, String outcome) {}

  /** Runs the steps due as of a moment, for an administrator (a later moment tests the plan). */
  public List<Ran> runAs(OffsetDateTime asOf) {
    if (!access.isAdmin()) {
      throw Problem.forbidden("Only administrators run the schedule");
    }
    return runDue(asOf);
  }

  /** Runs every step due as of this moment that no one has run. */
  public List<Ran> runDue(OffsetDateTime asOf) {
    List<Ran> ran = new ArrayList<>();
    for (String id : self.due(asOf)) {
      try {
        self.run(id, asOf).ifPresent(ran::add);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A planned step failed and is retried on the next run", e);
      }
    }
    return ran;
  }

  /** The steps due and not done (for {@link #runDue}; public for its transaction). */
  @Transactional
  public List<String> due(OffsetDateTime asOf) {
    return plans.due(asOf);
  }

  /**
   * Claims and carries out one step, unless another node or run did (public for its transaction).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Ran> run(String stepId, OffsetDateTime at) {
    if (!plans.claim(stepId, at)) {
      return Optional.empty();
    }
    CampaignStep step = plans.step(stepId);
    Campaign campaign = campaigns.lock(step.campaignId()).orElseThrow();
    step.done(carryOut(step, campaign));
    return Optional.of(new Ran(campaign.id(), step.kind(), step.dueAt(), step.outcome()));
  }

  private String carryOut(CampaignStep step, Campaign campaign) {
    if (campaign.isFinished()) {
      return "not done: the campaign was " + campaign.status().name().toLowerCase() + " already";
    }
    Tier tier = step.kind().opens();
    if (tier != null) {
      if (campaign.openedAt(tier) != null) {
        return "not needed: the phase was opened by hand";
      }
      if (tier.ordinal() > 0 && campaign.openedAt(Tier.values()[tier.ordinal() - 1]) == null) {
        return "not opened: the "
            + Tier.values()[tier.ordinal() - 1].name().toLowerCase()
            + " phase never opened";
      }
      service.openNow(campaign, tier);
      return "opened";
    }
    if (step.kind() == StepKind.CLOSE) {
      service.closeNow(campaign);
      return "closed";
    }
    return remind(step, campaign);
  }

  private String remind(CampaignStep step, Campaign campaign) {
    if (!mailer.enabled()) {
      return "not sent: e-mail is not configured (CEM_SMTP_HOST)";
    }
    String base = Settings.fromSystem().get("cem.public.url").orElse(step.linkBase());
    if (base == null) {
      return "not sent: no public address (CEM_PUBLIC_URL) to link to";
    }
    Reminders.Reminded reminded = reminders.remind(campaign, base);
    if (reminded.phases().isEmpty()) {
      return "not sent: no phase was open";
    }
    return reminded.failure() == null
        ? "sent to the invitations not yet used"
        : "not sent: " + reminded.failure();
  }
}
