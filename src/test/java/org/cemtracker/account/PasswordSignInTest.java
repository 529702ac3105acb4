package org.cemtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.cemtracker.base.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may sign in with a local password: everyone, or the first administrator only. */
class PasswordSignInTest {

  @AfterEach
  void reset() {
    System.clearProperty("cem.password.sign.in");
  }

  @Test
  void theSettingIsEveryoneByDefaultAndFirstAdminWhenAskedAndNothingElse() {
    assertThat(PasswordSignIn.read(Settings.of(Map.of())).everyone()).isTrue();
    assertThat(
            PasswordSignIn.read(Settings.of(Map.of("CEM_PASSWORD_SIGN_IN", "First-Admin")))
                .everyone())
        .isFalse();
    assertThatThrownBy(
            () -> PasswordSignIn.read(Settings.of(Map.of("CEM_PASSWORD_SIGN_IN", "off"))))
        .hasMessage("CEM_PASSWORD_SIGN_IN must be everyone or first-admin, not off");
  }

  @Test
  void withPasswordsSwitchedOffOnlyTheFirstAdministratorsPasswordCounts() {
    System.setProperty("cem.admin.email", "Root@Example.org");
    try {
      User first = new User("root@example.org", "Root", "x", true);
      User second = new User("second@example.org", "Second", "x", true);
      User member = new User("ana@example.org", "Ana", "x", false);
      Authenticator authenticator = new Authenticator();
      assertThat(authenticator.mayUsePassword(member)).isTrue();
      System.setProperty("cem.password.sign.in", "first-admin");
      assertThat(authenticator.mayUsePassword(first)).isTrue();
      assertThat(authenticator.mayUsePassword(second)).isFalse();
      assertThat(authenticator.mayUsePassword(member)).isFalse();
      first.disable();
      assertThat(authenticator.mayUsePassword(first)).isFalse();
    } finally {
      System.clearProperty("cem.admin.email");
    }
  }

  @Test
  void anAccountMadeBySingleSignOnNeverSignsInWithAPassword() {
    User external = User.external("bo@sso.example", "Bo");
    assertThat(new Authenticator().mayUsePassword(external)).isFalse();
    assertThat(new PasswordHasher().verify("none", external.passwordHash())).isFalse();
    assertThat(new PasswordHasher().verify("", external.passwordHash())).isFalse();
  }
}
