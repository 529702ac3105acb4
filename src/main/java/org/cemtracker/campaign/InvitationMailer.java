package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.cemtracker.base.Smtp;

/**
 * Sends invitation e-mails through SMTP when {@code CEM_SMTP_HOST} is set ({@code CEM_SMTP_PORT},
 * {@code CEM_SMTP_FROM}, {@code CEM_SMTP_USER}, {@code CEM_SMTP_PASSWORD}, {@code
 * CEM_SMTP_STARTTLS}). The links are in the mails only; the log names how many were sent, never an
 * address or a link.
 */
@ApplicationScoped
public class InvitationMailer {

  private static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());

  @Inject Smtp smtp;

  /** Whether e-mail is configured. */
  public boolean enabled() {
    return smtp.enabled();
  }

  /** Sends one mail per link over one connection; any failure fails the whole request. */
  void send(String organisation, String campaign, List<CampaignService.IssuedLink> links) {
    smtp.deliver(
        links.stream()
            .map(
                link ->
                    new Smtp.Mail(
                        link.email(),
                        "Your view on customer experience at " + organisation,
                        body(organisation, campaign, link.url())))
            .toList(),
        "The invitation e-mails could not be sent (%s); no invitation was created",
        false);
    LOG.info(() -> links.size() + " invitation e-mails sent for a campaign of " + organisation);
  }

  /**
   * Reminds the invitees who have not answered, each with a link of their own; the log names the
   * campaign only — how many were reminded would tell how many answered. The mail server learns
   * whom it carries reminders to: it is the organisation's own relay, as for the invitations.
   */
  void remind(
      String organisation,
      String campaign,
      List<CampaignService.IssuedLink> links,
      OffsetDateTime closesAt) {
    smtp.deliver(
        links.stream()
            .map(
                link ->
                    new Smtp.Mail(
                        link.email(),
                        "Reminder: your view on customer experience at " + organisation,
                        reminder(organisation, campaign, link.url(), closesAt)))
            .toList(),
        "The reminders could not be sent (%s)",
        true);
    LOG.info(() -> "Reminders sent for a campaign of " + organisation);
  }

  static String reminder(String organisation, String campaign, String url, OffsetDateTime closes) {
    return "Hello,\n\n"
        + organisation
        + " asked for your view on how customer experience works in your organisation ("
        + campaign
        + ")"
        + (closes == null
            ? ""
            : ", until " + DEADLINE.format(closes.withOffsetSameInstant(ZoneOffset.UTC)) + " (UTC)")
        + ".\nThis reminder goes to the invitations not yet used, and no one is told who"
        + " answered.\n"
        + "Your answers are anonymous: they are stored without your name, your e-mail or your link.\n\n"
        + "Your personal link (the one in your invitation works too; you can continue where you"
        + " stopped):\n"
        + url
        + "\n\n"
        + "Thank you.\n";
  }

  static String body(String organisation, String campaign, String url) {
    return "Hello,\n\n"
        + organisation
        + " asks for your view on how customer experience works in your organisation ("
        + campaign
        + ").\n"
        + "It takes a few minutes. Your answers are anonymous: they are stored without your name, your e-mail or this link,\n"
        + "and results are shown only for groups of several people.\n\n"
        + "Your personal link (it works once; you can stop and continue later):\n"
        + url
        + "\n\n"
        + "Thank you.\n";
  }
}
