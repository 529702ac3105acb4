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
import java.util.List;
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

  private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());

  /** Whether e-mail is configured. */
  public boolean enabled() {
    return Settings.fromSystem().get("cem.smtp.host").isPresent();
  }

  /** Sends one mail per link over one connection; any failure fails the whole request. */
  void send(String organisation, String campaign, List<CampaignService.IssuedLink> links) {
    Settings settings = Settings.fromSystem();
    Optional<String> host = settings.get("cem.smtp.host");
    if (host.isEmpty() || links.isEmpty()) {
      return;
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", settings.get("cem.smtp.port").orElse("25"));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.starttls.enable", settings.get("cem.smtp.starttls").orElse("false"));
    Optional<String> user = settings.get("cem.smtp.user");
    properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
    Session session =
        Session.getInstance(
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
    String from = settings.get("cem.smtp.from").orElse("cem-tracker@localhost");
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (CampaignService.IssuedLink link : links) {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(link.email()));
        message.setSubject("Your view on customer experience at " + organisation, "UTF-8");
        message.setText(body(organisation, campaign, link.url()), "UTF-8");
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
      }
    } catch (MessagingException e) {
      throw Problem.conflict(
          "The invitation e-mails could not be sent ("
              + e.getClass().getSimpleName()
              + "); no invitation was created");
    }
    LOG.info(() -> links.size() + " invitation e-mails sent for a campaign of " + organisation);
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
