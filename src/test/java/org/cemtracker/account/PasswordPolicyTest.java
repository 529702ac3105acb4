package org.cemtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTwelveToOneHundredTwentyEightCharacters() {
    assertThat(AccountService.passwordProblem("a".repeat(12))).isNull();
    assertThat(AccountService.passwordProblem("a".repeat(128))).isNull();
  }

  @Test
  void namesWhatIsWrongWithAPassword() {
    assertThat(AccountService.passwordProblem("short")).contains("at least 12");
    assertThat(AccountService.passwordProblem(null)).contains("at least 12");
    assertThat(AccountService.passwordProblem("a".repeat(129))).contains("at most 128");
    assertThat(AccountService.passwordProblem(" ".repeat(14))).contains("spaces");
  }
}
