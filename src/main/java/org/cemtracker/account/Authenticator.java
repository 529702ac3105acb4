package org.cemtracker.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.cemtracker.base.grid.DataGrid;

/**
 * Verifies credentials: passwords (UI form and HTTP Basic, with throttling of failures), API tokens
 * (Bearer), and UI sessions (still the same credentials as when they signed in).
 */
@ApplicationScoped
public class Authenticator {

  private final PasswordHasher hasher = new PasswordHasher();
  private final CredentialCache basicCache = new CredentialCache(CredentialCache.TIME_TO_LIVE);
  private LoginThrottle accounts;
  private LoginThrottle clients;
  private DataGrid.Topic forgetting;

  @Inject UserRepository users;
  @Inject ApiTokenRepository tokens;
  @Inject DataGrid grid;

  /** The throttles count on every node's behalf, and "forget" reaches every node's cache. */
  @PostConstruct
  void share() {
    accounts =
        new LoginThrottle(
            Clock.systemUTC(),
            LoginThrottle.ACCOUNT_FREE_FAILURES,
            grid.map("login-failures-account", LoginThrottle.MEMORY));
    clients =
        new LoginThrottle(
            Clock.systemUTC(),
            LoginThrottle.CLIENT_FREE_FAILURES,
            grid.map("login-failures-client", LoginThrottle.MEMORY));
    forgetting = grid.topic("forget-credentials", basicCache::forget);
  }

  @PreDestroy
  void stop() {
    forgetting.close();
  }

  public LoginResult login(String email, String password, String clientAddress) {
    String clientKey = String.valueOf(clientAddress);
    // per account and address: a guesser slows down only their own attempts at the account, and
    // cannot lock its owner out; per address as well, so that one guesser cannot try every account
    String accountKey = User.normaliseEmail(email) + " " + clientKey;
    Optional<Duration> wait = longest(accounts.waitFor(accountKey), clients.waitFor(clientKey));
    if (wait.isPresent()) {
      return new LoginResult.Throttled(wait.get());
    }
    Optional<User> user = users.findByEmail(email).filter(this::mayUsePassword);
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

  /**
   * Whether this account signs in with a password here: not one made by single sign-on, and with
   * {@code CEM_PASSWORD_SIGN_IN=first-admin} (local passwords switched off) only the first
   * administrator's ({@code CEM_ADMIN_EMAIL}'s), so that the instance can still be reached if the
   * identity provider cannot.
   */
  boolean mayUsePassword(User user) {
    if (user.isExternalOnly()) {
      return false;
    }
    return PasswordSignIn.fromSystem().everyone() || PasswordSignIn.isFirstAdmin(user);
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

  /** Drops what every node remembers of a user's credentials. */
  public void forget(String userId) {
    // here at once; on the other nodes as soon as the message arrives (until then, every cache
    // hit is still checked against the user's credential epoch in the database)
    basicCache.forget(userId);
    forgetting.publish(userId);
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
