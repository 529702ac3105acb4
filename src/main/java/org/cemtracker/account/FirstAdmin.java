package org.cemtracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.cemtracker.base.Settings;
import org.cemtracker.base.persistence.SchemaStartup.SchemaReady;

/**
 * Creates the first administrator on the first start, when there are no users: from {@code
 * CEM_ADMIN_EMAIL} and {@code CEM_ADMIN_PASSWORD}, or with a generated password that is printed
 * once, to the console only, and never again.
 */
@ApplicationScoped
public class FirstAdmin {

  static final String DEFAULT_EMAIL = "admin@localhost";
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject UserRepository users;
  @Inject Authenticator authenticator;

  @Transactional
  void onSchemaReady(@Observes SchemaReady ready) {
    if (users.count() > 0) {
      return;
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
    if (configured.isPresent()) {
      LOG.info(
          () ->
              "Created the first administrator "
                  + email
                  + " with the password from CEM_ADMIN_PASSWORD");
    } else {
      // the one place a secret is printed, by design: nobody could sign in otherwise
      System.out.println(
          "\n==================================================================\n"
              + " CEM Tracker: first administrator created\n"
              + "   e-mail:   "
              + email
              + "\n"
              + "   password: "
              + password
              + "\n"
              + " This password is shown only this once. Sign in and change it.\n"
              + "==================================================================\n");
    }
  }
}
