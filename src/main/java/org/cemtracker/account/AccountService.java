package org.cemtracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.cemtracker.base.Problem;
import org.cemtracker.base.Validation;
import org.cemtracker.base.i18n.Bundles;

/**
 * User administration (for the instance's administrators) and each user's own account: their
 * password and their personal API tokens.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  static final int MIN_PASSWORD = 12;
  static final int MAX_PASSWORD = 128;
  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @Inject UserRepository users;
  @Inject ApiTokenRepository tokens;
  @Inject Authenticator authenticator;
  @Inject CurrentCaller caller;

  public List<User> listUsers() {
    caller.requireAdmin();
    return users.findAll();
  }

  public User user(String id) {
    caller.requireAdmin();
    return users.find(id).orElseThrow(() -> Problem.notFound("User " + id));
  }

  public User createUser(NewUser request) {
    CallerIdentity admin = caller.requireAdmin();
    new Validation()
        .email(request.email(), "email")
        .text(request.name(), "name", 200)
        .require(
            passwordProblem(request.password()) == null,
            "password",
            passwordProblem(request.password()))
        .check();
    if (users.findByEmail(request.email()).isPresent()) {
      throw Problem.conflict(
          "A user with e-mail " + User.normaliseEmail(request.email()) + " exists already");
    }
    User user =
        users.store(
            new User(request.email(), request.name(), hash(request.password()), request.admin()));
    LOG.info(() -> "User " + user.id() + " created by " + admin.userId());
    return user;
  }

  /**
   * Changes what is given (null leaves a field as it is); guards against locking out the last
   * admin.
   */
  public User updateUser(String id, UserChanges changes) {
    CallerIdentity admin = caller.requireAdmin();
    User user = users.find(id).orElseThrow(() -> Problem.notFound("User " + id));
    if (changes.version() != null && changes.version() != user.version()) {
      throw Problem.conflict(
          "The user was changed by someone else meanwhile (version " + user.version() + ")");
    }
    if (changes.name() != null) {
      new Validation().text(changes.name(), "name", 200).check();
      user.rename(changes.name());
    }
    boolean losesAdmin =
        Boolean.FALSE.equals(changes.admin()) || Boolean.FALSE.equals(changes.enabled());
    if (losesAdmin && user.isAdmin() && user.isEnabled() && users.countEnabledAdmins() <= 1) {
      throw Problem.conflict(
          "This is the last enabled administrator: make another user admin first");
    }
    if (changes.admin() != null) {
      user.setAdmin(changes.admin());
    }
    if (Boolean.FALSE.equals(changes.enabled())) {
      user.disable();
      authenticator.forget(user.id());
    } else if (Boolean.TRUE.equals(changes.enabled())) {
      user.enable();
    }
    LOG.info(() -> "User " + user.id() + " changed by " + admin.userId());
    return user;
  }

  public void resetPassword(String id, String newPassword) {
    caller.requireAdmin();
    User user = users.find(id).orElseThrow(() -> Problem.notFound("User " + id));
    setPassword(user, newPassword);
  }

  public void changeOwnPassword(String currentPassword, String newPassword) {
    User user = users.find(caller.require().userId()).orElseThrow();
    if (currentPassword == null
        || !authenticator.hasher().verify(currentPassword, user.passwordHash())) {
      throw Problem.invalid("currentPassword", "is not your current password");
    }
    setPassword(user, newPassword);
  }

  private void setPassword(User user, String newPassword) {
    String problem = passwordProblem(newPassword);
    if (problem != null) {
      throw Problem.invalid("password", problem);
    }
    user.changePasswordHash(hash(newPassword));
    authenticator.forget(user.id());
  }

  /** The signed-in user's own account. */
  public User me() {
    return users.find(caller.require().userId()).orElseThrow();
  }

  /** The UI language the signed-in user chose; null goes back to the browser's. */
  public void chooseLanguage(String language) {
    if (language != null
        && Bundles.LOCALES.stream().noneMatch(l -> l.getLanguage().equals(language))) {
      throw Problem.invalid("language", "must be one of en, de, fr, or none for the browser's");
    }
    me().chooseLanguage(language);
  }

  public NewToken createToken(String name) {
    CallerIdentity me = caller.require();
    new Validation().text(name, "name", 100).check();
    if (tokens.findByUser(me.userId()).size() >= 50) {
      throw Problem.conflict("You have 50 API tokens already: revoke one first");
    }
    String secret = "cem_" + Secrets.random(32);
    ApiToken token = tokens.store(new ApiToken(me.userId(), name, Secrets.sha256(secret)));
    return new NewToken(token, secret);
  }

  public List<ApiToken> myTokens() {
    return tokens.findByUser(caller.require().userId());
  }

  public void revokeToken(String tokenId) {
    ApiToken token =
        tokens
            .findOfUser(caller.require().userId(), tokenId)
            .orElseThrow(() -> Problem.notFound("API token " + tokenId));
    tokens.remove(token);
  }

  String hash(String password) {
    return authenticator.hasher().hash(password);
  }

  /** Why a password is not acceptable, or null (ASVS: length, not composition rules). */
  static String passwordProblem(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      return "must be at least " + MIN_PASSWORD + " characters";
    }
    if (password.length() > MAX_PASSWORD) {
      return "must be at most " + MAX_PASSWORD + " characters";
    }
    if (password.isBlank()) {
      return "must not be only spaces";
    }
    return null;
  }

  public record NewUser(String email, String name, String password, boolean admin) {}

  public record UserChanges(String name, Boolean admin, Boolean enabled, Long version) {}

  /** A token just created: the only moment its secret is known. */
  public record NewToken(ApiToken token, String secret) {}
}
