package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.OrganisationRepository;

/**
 * Reminds the invitations not yet used, by e-mail, each with a link of its own (issue 16). Never to
 * an invitation that answered; and no one learns who did: what the caller is told, what the log and
 * the audit say, is the same whoever answered — which phases were reminded, never how many.
 */
@ApplicationScoped
@Transactional
public class Reminders {

  @Inject CampaignService campaigns;
  @Inject InvitationRepository invitations;
  @Inject InvitationMailer mailer;
  @Inject PlanRepository plans;
  @Inject OrganisationRepository organisations;

  /** What was reminded: the open phases, with no count; why the mails failed, if they did. */
  public record Reminded(List<Tier> phases, String failure) {}

  /** Reminds the open phases now, for the caller who runs the campaign. */
  public Reminded remindNow(String campaignId, String linkBase) {
    Campaign campaign = campaigns.manage(campaignId);
    if (!mailer.enabled()) {
      throw Problem.conflict(
          "E-mail is not configured (CEM_SMTP_HOST): reminders go by e-mail only");
    }
    Reminded reminded = remind(campaign, linkBase);
    if (reminded.phases().isEmpty()) {
      throw Problem.conflict("No phase is open: there is no one to remind");
    }
    if (reminded.failure() != null) {
      throw Problem.conflict(reminded.failure() + "; no reminder link was made");
    }
    return reminded;
  }

  /**
   * Sends the reminders of the open phases in the caller's transaction, which stores their new
   * links. A failing SMTP server is reported, not thrown, so that the caller decides: a request
   * rolls back, the plan's step records it.
   */
  Reminded remind(Campaign campaign, String linkBase) {
    List<Tier> open = Arrays.stream(Tier.values()).filter(campaign::accepts).toList();
    if (open.isEmpty()) {
      return new Reminded(open, null);
    }
    List<CampaignService.IssuedLink> links =
        invitations.unansweredByEmail(campaign.id(), open).stream()
            .map(invitation -> campaigns.remind(invitation, linkBase))
            .toList();
    String organisation =
        organisations.find(campaign.organisationId()).map(o -> o.name()).orElse("");
    try {
      mailer.remind(
          organisation, campaign.name(), links, plans.plannedClose(campaign.id()).orElse(null));
    } catch (Problem failed) {
      return new Reminded(open, failed.getMessage());
    }
    campaigns.record(
        campaign,
        "REMINDED",
        new Changes().set("phases", open.stream().map(Tier::name).toList().toString()));
    return new Reminded(open, null);
  }
}
