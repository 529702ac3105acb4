package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.cemtracker.base.Problem;
import org.cemtracker.base.Settings;

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

  /** Whether e-mail is configured. */
  public boolean enabled() {
    return Settings.fromSystem().get("cem.smtp.host").isPresent();
  }

  /** Sends one mail per link over one connection; any failure fails the whole request. */
  void send(String organisation, String campaign, List<CampaignService.IssuedLink> links) {
    deliver(
        links.stream()
            .map(
                link ->
                    new Mail(
                        link.email(),
                        "Your view on customer experience at " + organisation,
                        body(organisation, campaign, link.url())))
            .toList(),
        "The invitation e-mails could not be sent (%s); no invitation was created");
    LOG.info(() -> links.size() + " invitation e-mails sent for a campaign of " + organisation);
  }

  /**
   * Reminds the invitees who have not answered, each with a link of their own; the log names the
   * campaign only — how many were reminded would tell how many answered.
   */
  void remind(
      String organisation,
      String campaign,
      List<CampaignService.IssuedLink> links,
      OffsetDateTime closesAt) {
    deliver(
        links.stream()
            .map(
                link ->
                    new Mail(
                        link.email(),
                        "Reminder: your view on customer experience at " + organisation,
                        reminder(organisation, campaign, link.url(), closesAt)))
            .toList(),
        "The reminders could not be sent (%s)");
    LOG.info(() -> "Reminders sent for a campaign of " + organisation);
  }

  private record Mail(String to, String subject, String body) {}

  private void deliver(List<Mail> mails, String failure) {
    Settings settings = Settings.fromSystem();
    Optional<String> host = settings.get("cem.smtp.host");
    if (host.isEmpty() || mails.isEmpty()) {
      return;
    }
    Session session = session(settings, host.get());
    String from = settings.get("cem.smtp.from").orElse("cem-tracker@localhost");
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (Mail mail : mails) {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
      }
    } catch (MessagingException e) {
      throw Problem.conflict(String.format(failure, e.getClass().getSimpleName()));
    }
  }

  private static Session session(Settings settings, String host) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", settings.get("cem.smtp.port").orElse("25"));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.starttls.enable", settings.get("cem.smtp.starttls").orElse("false"));
    Optional<String> user = settings.get("cem.smtp.user");
    properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
    return Session.getInstance(
        properties,
        user.isEmpty()
            ? null
            : new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(
                    user.get(), settings.get("cem.smtp.password").orElse(""));
              }
            });
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
