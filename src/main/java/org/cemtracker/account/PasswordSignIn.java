package org.cemtracker.account;

import java.util.Locale;
import org.cemtracker.base.Settings;

/**
 * Who signs in with a local password: {@code CEM_PASSWORD_SIGN_IN=everyone} (the default) or {@code
 * first-admin}, for an instance whose users sign in through their identity provider and keep one
 * password account for the day it is down. Anything else stops the start with a clear message
 * rather than guessing.
 */
public record PasswordSignIn(boolean everyone) {

  public static PasswordSignIn read(Settings settings) {
    String value = settings.get("cem.password.sign.in").orElse("everyone").toLowerCase(Locale.ROOT);
    return switch (value) {
      case "everyone" -> new PasswordSignIn(true);
      case "first-admin" -> new PasswordSignIn(false);
      default ->
          throw new IllegalArgumentException(
              "CEM_PASSWORD_SIGN_IN must be everyone or first-admin, not " + value);
    };
  }

  public static PasswordSignIn fromSystem() {
    return read(Settings.fromSystem());
  }

  /**
   * The first administrator: the administrator with {@code CEM_ADMIN_EMAIL} (the account the
   * instance started with), who keeps a password when everyone else signs in through the provider.
   */
  public static boolean isFirstAdmin(User user) {
    String first =
        User.normaliseEmail(
            Settings.fromSystem().get("cem.admin.email").orElse(FirstAdmin.DEFAULT_EMAIL));
    return user.isAdmin()
        && user.isEnabled()
        && !user.isExternalOnly()
        && user.email().equals(first);
  }
}
