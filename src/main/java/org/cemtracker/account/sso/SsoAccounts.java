package org.cemtracker.account.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.User;
import org.cemtracker.account.UserRepository;

/**
 * Who a person the identity provider vouches for is here: the account with their e-mail address,
 * or, for an address of the configured domain, a new account without a password. A disabled account
 * stays out, whatever the provider says.
 */
@ApplicationScoped
@Transactional
public class SsoAccounts {

  private static final Logger LOG = Logger.getLogger(SsoAccounts.class.getName());

  @Inject UserRepository users;

  public CallerIdentity signIn(SsoClient.Person person, SsoSettings settings) {
    Optional<User> existing = users.findByEmail(person.email());
    if (existing.isPresent()) {
      if (!existing.get().isEnabled()) {
        throw new SsoFailure("Your account here is disabled: ask your administrator");
      }
      return existing.get().identity();
    }
    if (!settings.mayCreate(person.email())) {
      throw new SsoFailure(
          "There is no account here for "
              + User.normaliseEmail(person.email())
              + ": ask your administrator to add you");
    }
    User created = users.store(User.external(person.email(), person.name()));
    LOG.info(() -> "User " + created.id() + " created at first single sign-on");
    return created.identity();
  }
}
