package org.cemtracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.cemtracker.base.Settings;
import org.cemtracker.base.StartupFailure;
import org.cemtracker.base.persistence.SchemaStartup.SchemaReady;

/**
 * Creates the first administrator on the first start, when there are no users: from {@code
 * CEM_ADMIN_EMAIL} and {@code CEM_ADMIN_PASSWORD}, or with a generated password that is printed
 * once, to the console only, and never again. Nodes started together on an empty database may both
 * try: the one whose insert loses (the e-mail is unique) sees the other's administrator and starts
 * on.
 */
@ApplicationScoped
public class FirstAdmin {

  static final String DEFAULT_EMAIL = "admin@localhost";
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject UserRepository users;
  @Inject Authenticator authenticator;
  @Inject FirstAdmin self;

  /** The administrator made, with the password when it was generated (null: configured). */
  public record Created(String email, String generatedPassword) {}

  void onSchemaReady(@Observes SchemaReady ready) {
    try {
      PasswordSignIn.fromSystem();
    } catch (IllegalArgumentException wrong) {
      throw StartupFailure.exit(wrong.getMessage(), wrong);
    }
    Created created;
    try {
      created = self.createIfNoUsers();
    } catch (RuntimeException lost) {
      if (users.count() == 0) {
        throw lost;
      }
      LOG.info("Another node created the first administrator at the same time");
      return;
    }
    if (created == null) {
      return;
    }
    // told only once it is committed
    if (created.generatedPassword() == null) {
      LOG.info(
          () ->
              "Created the first administrator "
                  + created.email()
                  + " with the password from CEM_ADMIN_PASSWORD");
    } else {
      // the one place a secret is printed, by design: nobody could sign in otherwise
      System.out.println(
          "\n==================================================================\n"
              + " CEM Tracker: first administrator created\n"
              + "   e-mail:   "
              + created.email()
              + "\n"
              + "   password: "
              + created.generatedPassword()
              + "\n"
              + " This password is shown only this once. Sign in and change it.\n"
              + "==================================================================\n");
    }
  }

  /**
   * In a transaction of its own, so that losing the race to another node can be told apart: the
   * administrator made, or null when there were users.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Created createIfNoUsers() {
    if (users.count() > 0) {
      return null;
    }
    Settings settings = Settings.fromSystem();
    String email = settings.get("cem.admin.email").orElse(DEFAULT_EMAIL);
    Optional<String> configured = settings.get("cem.admin.password");
    if (configured.isPresent() && AccountService.passwordProblem(configured.get()) != null) {
      throw new IllegalStateException(
          "CEM_ADMIN_PASSWORD " + AccountService.passwordProblem(configured.get()));
    }
    String password = configured.orElseGet(() -> Secrets.random(15));
    users.store(new User(email, "Administrator", authenticator.hasher().hash(password), true));
    return new Created(email, configured.isPresent() ? null : password);
  }
}
