package org.cemtracker.account.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.User;
import org.cemtracker.account.UserRepository;
import org.cemtracker.account.sso.SsoFailure.Code;

/**
 * Who a person the identity provider vouches for is here. The first sign-in finds the account by
 * e-mail address (or, for an address of the configured domain, makes one without a password) and
 * links it to the provider's subject; from then on the account follows the subject, and another
 * identity at the provider with the same address is refused. A disabled account stays out, whatever
 * the provider says.
 */
@ApplicationScoped
@Transactional
public class SsoAccounts {

  private static final Logger LOG = Logger.getLogger(SsoAccounts.class.getName());

  @Inject UserRepository users;

  public CallerIdentity signIn(SsoClient.Person person, SsoSettings settings) {
    Optional<User> linked = users.findBySsoSubject(person.subject());
    Optional<User> account = linked.isPresent() ? linked : users.findByEmail(person.email());
    if (account.isPresent()) {
      User user = account.get();
      if (!user.isEnabled()) {
        throw new SsoFailure(Code.DISABLED, "user " + user.id() + " is disabled");
      }
      if (user.ssoSubject() == null) {
        user.linkSsoSubject(person.subject());
        LOG.info(() -> "User " + user.id() + " linked to their identity at the provider");
      } else if (!user.ssoSubject().equals(person.subject())) {
        throw new SsoFailure(
            Code.OTHER_IDENTITY, "user " + user.id() + " is linked to another subject");
      }
      return user.identity();
    }
    if (!settings.mayCreate(person.email())) {
      throw new SsoFailure(Code.NO_ACCOUNT, "no account for the address and not its domain");
    }
    User created = User.external(person.email(), person.name());
    created.linkSsoSubject(person.subject());
    users.store(created);
    LOG.info(() -> "User " + created.id() + " created at first single sign-on");
    return created.identity();
  }
}
