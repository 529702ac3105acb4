package org.cemtracker.notice;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.cemtracker.account.User;
import org.cemtracker.account.UserRepository;
import org.cemtracker.base.Problem;
import org.cemtracker.base.Settings;
import org.cemtracker.base.Smtp;
import org.cemtracker.organisation.MembershipRepository;

/**
 * Stores a notice once the work that noticed it has committed, off that work's thread, once per
 * user and topic (a second node, or a second run, finds it told), and e-mails it when SMTP is
 * configured. The log names no address and no text.
 */
@ApplicationScoped
public class NoticeDelivery {

  private static final Logger LOG = Logger.getLogger(NoticeDelivery.class.getName());

  @Inject NoticeRepository notices;
  @Inject UserRepository users;
  @Inject MembershipRepository memberships;
  @Inject Smtp smtp;
  @Inject NoticeDelivery self;
  @Resource ManagedExecutorService executor;

  /** After the commit, off the thread that committed: stored in a transaction of its own. */
  void onTold(@Observes(during = TransactionPhase.AFTER_SUCCESS) Told told) {
    executor.execute(() -> deliver(told));
  }

  private void deliver(Told told) {
    Optional<String> email;
    try {
      email = self.store(told);
    } catch (RuntimeException e) {
      LOG.warning("A notice was not stored (told already, or the database refused it)");
      return;
    }
    email.ifPresent(to -> mail(to, told));
  }

  /** Stores the notice if it is new; the address to e-mail it to, if it is and mail is on. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> store(Told told) {
    if (notices.told(told.userId(), told.topic())) {
      return Optional.empty();
    }
    Optional<User> user = users.find(told.userId()).filter(User::isEnabled);
    if (user.isEmpty()
        || (told.organisationId() != null
            && memberships.findOf(told.organisationId(), told.userId()).isEmpty())) {
      // no one who has left the organisation is told about it
      return Optional.empty();
    }
    notices.store(new Notice(told, OffsetDateTime.now(ZoneOffset.UTC)));
    return smtp.enabled() ? Optional.of(user.get().email()) : Optional.empty();
  }

  private void mail(String to, Told told) {
    try {
      smtp.deliver(
          List.of(new Smtp.Mail(to, "CEM Tracker: " + subject(told.text()), body(told))),
          "A notice could not be e-mailed (%s)",
          false);
    } catch (Problem failed) {
      LOG.warning(failed.getMessage() + "; it stays in the app");
    }
  }

  static String subject(String text) {
    String first = text.split("[.:;]", 2)[0];
    return first.length() > 90 ? first.substring(0, 87) + "…" : first;
  }

  static String body(Told told) {
    String where =
        Settings.fromSystem()
            .get("cem.public.url")
            .map(
                base -> base.replaceAll("/+$", "") + "/" + (told.link() == null ? "" : told.link()))
            .orElse("Open CEM Tracker to see it.");
    return "Hello,\n\n" + told.text() + "\n\n" + where + "\n\nCEM Tracker\n";
  }
}
