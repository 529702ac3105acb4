package org.cemtracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Verifies credentials: passwords (UI form and HTTP Basic, with throttling of failures), API tokens
 * (Bearer), and UI sessions (still the same credentials as when they signed in).
 */
@ApplicationScoped
public class Authenticator {

  private final PasswordHasher hasher = new PasswordHasher();
  private final LoginThrottle accounts =
      new LoginThrottle(Clock.systemUTC(), LoginThrottle.ACCOUNT_FREE_FAILURES);
  private final LoginThrottle clients =
      new LoginThrottle(Clock.systemUTC(), LoginThrottle.CLIENT_FREE_FAILURES);
  private final CredentialCache basicCache = new CredentialCache(CredentialCache.TIME_TO_LIVE);

  @Inject UserRepository users;
  @Inject ApiTokenRepository tokens;

  public LoginResult login(String email, String password, String clientAddress) {
    String accountKey = User.normaliseEmail(email);
    String clientKey = String.valueOf(clientAddress);
    Optional<Duration> wait = longest(accounts.waitFor(accountKey), clients.waitFor(clientKey));
    if (wait.isPresent()) {
      return new LoginResult.Throttled(wait.get());
    }
    Optional<User> user = users.findByEmail(email);
    boolean valid;
    if (user.isPresent()) {
      valid = hasher.verify(password == null ? "" : password, user.get().passwordHash());
    } else {
      hasher.verifyDecoy(password == null ? "" : password);
      valid = false;
    }
    if (!valid || !user.get().isEnabled()) {
      accounts.failed(accountKey);
      clients.failed(clientKey);
      return new LoginResult.Refused();
    }
    accounts.succeeded(accountKey);
    return new LoginResult.Success(user.get().identity());
  }

  /** HTTP Basic: a login behind the short-lived cache of verified credentials. */
  public LoginResult basic(String email, String password, String clientAddress) {
    Optional<CallerIdentity> cached = basicCache.find(email, password).flatMap(this::confirm);
    if (cached.isPresent()) {
      return new LoginResult.Success(cached.get());
    }
    LoginResult result = login(email, password, clientAddress);
    if (result instanceof LoginResult.Success success) {
      basicCache.remember(email, password, success.identity());
    }
    return result;
  }

  public Optional<CallerIdentity> bearer(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    return tokens
        .findByDigest(Secrets.sha256(token.trim()))
        .flatMap(t -> users.find(t.userId()))
        .filter(User::isEnabled)
        .map(User::identity);
  }

  /** The identity as it is now, if the user is still enabled with the same credentials. */
  public Optional<CallerIdentity> confirm(CallerIdentity earlier) {
    return users
        .find(earlier.userId())
        .filter(User::isEnabled)
        .filter(u -> u.credentialEpoch() == earlier.epoch())
        .map(User::identity);
  }

  /** Drops what this node remembers of a user's credentials. */
  public void forget(String userId) {
    basicCache.forget(userId);
  }

  PasswordHasher hasher() {
    return hasher;
  }

  private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.filter(d -> d.compareTo(a.get()) > 0).or(() -> a);
  }
}
