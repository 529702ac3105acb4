package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.cemtracker.base.Settings;
import org.cemtracker.model.Tier;

/**
 * What a planned step does to its campaign, each part in a transaction of its own ({@link
 * StepRunner} orders them): claim and carry out; for a reminder, claim and make its links, then
 * record what the sending came to; or record a failed attempt.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class StepEffects {

  /** Until the mails' outcome is recorded, a reminder step says so (a crash leaves this). */
  static final String SENDING = "interrupted while sending: some reminders may not have gone";

  @Inject PlanRepository plans;
  @Inject CampaignRepository campaigns;
  @Inject CampaignService service;
  @Inject Reminders reminders;
  @Inject InvitationMailer mailer;
  @Inject ConsultantNotices consultants;

  /** A step claimed: what came of it, and for a reminder, the mails still to send. */
  public record Claimed(StepRunner.Ran ran, Reminders.Mailing mailing) {}

  /**
   * Claims the step and carries it out, unless another node or run did. The campaign is locked
   * first, as a plan's save locks it, so that the two never wait on each other in turn.
   */
  public Optional<Claimed> claimAndDo(String stepId, OffsetDateTime now) {
    CampaignStep found = plans.step(stepId);
    if (found == null || found.doneAt() != null) {
      return Optional.empty();
    }
    Campaign campaign = campaigns.lock(found.campaignId()).orElseThrow();
    if (!plans.claim(stepId, now)) {
      return Optional.empty();
    }
    CampaignStep step = plans.lockStep(stepId);
    Reminders.Mailing mailing = null;
    if (campaign.isFinished()) {
      step.done(
          "not done: the campaign was " + campaign.status().name().toLowerCase() + " already");
    } else if (step.kind().reminds()) {
      mailing = prepare(step, campaign);
    } else {
      step.done(carryOut(step, campaign));
    }
    return Optional.of(new Claimed(ran(step), mailing));
  }

  /**
   * Records what the reminder's mails came to. Mails that failed count as an attempt: the step is
   * tried again (its links made anew) until its last attempt.
   */
  public StepRunner.Ran finish(
      String stepId, Reminders.Mailing mailing, Reminders.Sent sent, int attempts) {
    CampaignStep step = plans.lockStep(stepId);
    String outcome = sent.outcome();
    if (sent.failed()) {
      step.failed(outcome, step.doneAt(), attempts);
    } else {
      step.done(outcome);
    }
    campaigns
        .find(step.campaignId())
        .ifPresent(
            c ->
                service.record(
                    c, "REMINDED", Reminders.phases(mailing.phases()).set("outcome", outcome)));
    return ran(step);
  }

  /** Records a failed attempt; what it came to, unless another node has done the step since. */
  public Optional<StepRunner.Ran> failed(
      String stepId, String reason, OffsetDateTime at, int attempts) {
    CampaignStep step = plans.lockStep(stepId);
    if (step == null || step.doneAt() != null) {
      return Optional.empty();
    }
    step.failed(reason, at, attempts);
    return Optional.of(ran(step));
  }

  private Reminders.Mailing prepare(CampaignStep step, Campaign campaign) {
    if (!mailer.enabled()) {
      step.done("not sent: e-mail is not configured (CEM_SMTP_HOST)");
      return null;
    }
    String base = Settings.fromSystem().get("cem.public.url").orElse(step.linkBase());
    if (base == null) {
      step.done("not sent: no public address (CEM_PUBLIC_URL) to link to");
      return null;
    }
    Reminders.Mailing mailing = reminders.prepare(campaign, base);
    step.done(mailing == null ? "not sent: no phase was open" : SENDING);
    return mailing;
  }

  private String carryOut(CampaignStep step, Campaign campaign) {
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
    service.closeNow(campaign);
    consultants.tell(
        campaign,
        "closed:" + campaign.id(),
        "“"
            + campaign.name()
            + "” closed on its planned date: its results are released to you, for the leaders"
            + " once you publish them.",
        "campaigns/" + campaign.id() + "/results");
    return "closed";
  }

  private static StepRunner.Ran ran(CampaignStep step) {
    return new StepRunner.Ran(step.campaignId(), step.kind(), step.dueAt(), step.outcome());
  }
}
