package org.cemtracker.base;

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

/**
 * Sends e-mail through SMTP when {@code CEM_SMTP_HOST} is set ({@code CEM_SMTP_PORT}, {@code
 * CEM_SMTP_FROM}, {@code CEM_SMTP_USER}, {@code CEM_SMTP_PASSWORD}, {@code CEM_SMTP_STARTTLS}).
 * Nothing here logs an address, a subject or a body.
 */
@ApplicationScoped
public class Smtp {

  /** A mail to send. */
  public record Mail(String to, String subject, String body) {}

  /** Whether e-mail is configured. */
  public boolean enabled() {
    return Settings.fromSystem().get("cem.smtp.host").isPresent();
  }

  /**
   * Sends the mails over one connection. With {@code evenIfNone}, connects even when there is no
   * mail to send, so that a failing server fails the same however many there are.
   */
  public void deliver(List<Mail> mails, String failure, boolean evenIfNone) {
    Settings settings = Settings.fromSystem();
    Optional<String> host = settings.get("cem.smtp.host");
    if (host.isEmpty() || (mails.isEmpty() && !evenIfNone)) {
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
}
