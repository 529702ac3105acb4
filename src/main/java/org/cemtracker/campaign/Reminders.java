package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.OrganisationRepository;

/**
 * Reminds the invitations not yet used, by e-mail, each with a link of its own (issue 16). Never to
 * an invitation that answered; and no one learns who did, or how many: a reminder asked for on
 * demand is queued as a step and sent off the request ({@link StepRunner}), so the request takes as
 * long and answers the same whoever answered; the links are made and committed before the mails go,
 * so that a mail sent always carries a link that works; and the mail server is spoken to even when
 * no one is left to remind, so that a failing server fails the same either way.
 */
@ApplicationScoped
@Transactional
public class Reminders {

  /** How long after reminders on demand the next may be asked for. */
  static final Duration PAUSE = Duration.ofMinutes(15);

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  @Inject CampaignService campaigns;
  @Inject InvitationRepository invitations;
  @Inject InvitationMailer mailer;
  @Inject PlanRepository plans;
  @Inject OrganisationRepository organisations;

  /** Reminders on their way: the step that sends them and the open phases — no count. */
  public record Queued(String stepId, List<Tier> phases) {}

  /** A reminder's mails, with their links made (and committed before they are sent). */
  record Mailing(
      String organisation,
      String campaign,
      List<Tier> phases,
      List<CampaignService.IssuedLink> links,
      OffsetDateTime closesAt) {}

  /** Queues reminders of the open phases now, for the caller who runs the campaign. */
  public Queued queue(String campaignId, String linkBase) {
    Campaign campaign = campaigns.manage(campaignId);
    if (!mailer.enabled()) {
      throw Problem.conflict(
          "E-mail is not configured (CEM_SMTP_HOST): reminders go by e-mail only");
    }
    List<Tier> open = openPhases(campaign);
    if (open.isEmpty()) {
      throw Problem.conflict("No phase is open: there is no one to remind");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Optional<OffsetDateTime> last = plans.lastAsked(campaign.id());
    if (last.isPresent() && last.get().plus(PAUSE).isAfter(now)) {
      throw Problem.conflict(
          "Reminders were asked for at "
              + HOUR.format(last.get().withOffsetSameInstant(ZoneOffset.UTC))
              + " UTC: ask again from "
              + HOUR.format(last.get().plus(PAUSE).withOffsetSameInstant(ZoneOffset.UTC))
              + " UTC, so that no one is mailed again and again");
    }
    CampaignStep step =
        new CampaignStep(
            campaign.id(), StepKind.REMIND_NOW, OffsetDateTime.now(ZoneOffset.UTC), linkBase);
    plans.add(step);
    campaigns.record(campaign, "REMINDERS_ASKED", phases(open));
    return new Queued(step.id(), open);
  }

  static List<Tier> openPhases(Campaign campaign) {
    return Arrays.stream(Tier.values()).filter(campaign::accepts).toList();
  }

  /**
   * Makes a new link for each unused e-mailed invitation of the open phases, in the caller's
   * transaction; null when no phase is open.
   */
  Mailing prepare(Campaign campaign, String linkBase) {
    List<Tier> open = openPhases(campaign);
    if (open.isEmpty()) {
      return null;
    }
    List<CampaignService.IssuedLink> links =
        invitations.unansweredByEmail(campaign.id(), open).stream()
            .map(invitation -> campaigns.remind(invitation, linkBase))
            .toList();
    String organisation =
        organisations.find(campaign.organisationId()).map(o -> o.name()).orElse("");
    return new Mailing(
        organisation, campaign.name(), open, links, plans.plannedClose(campaign.id()).orElse(null));
  }

  /** What the sending came to, in words the same for any count; whether it failed. */
  public record Sent(boolean failed, String outcome) {}

  /** Sends the mails, outside any transaction. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Sent send(Mailing mailing) {
    try {
      mailer.remind(
          mailing.organisation(), mailing.campaign(), mailing.links(), mailing.closesAt());
      return new Sent(false, "sent to the invitations not yet used");
    } catch (Problem failed) {
      return new Sent(true, "not sent, or not all: " + failed.getMessage());
    }
  }

  static Changes phases(List<Tier> open) {
    return new Changes().set("phases", open.stream().map(Tier::name).toList().toString());
  }
}
