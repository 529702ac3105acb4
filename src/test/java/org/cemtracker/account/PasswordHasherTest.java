package org.cemtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void storesPbkdf2WithHmacSha256AndAtLeast600000Iterations() {
    String stored = hasher.hash("correct horse battery");

    String[] parts = stored.split(":");
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(600_000);
    assertThat(stored).doesNotContain("correct horse battery");
  }

  @Test
  void verifiesTheRightPasswordAndRefusesAnyOther() {
    String stored = hasher.hash("correct horse battery");

    assertThat(hasher.verify("correct horse battery", stored)).isTrue();
    assertThat(hasher.verify("correct horse batterY", stored)).isFalse();
    assertThat(hasher.verify("", stored)).isFalse();
  }

  @Test
  void saltsEveryHashDifferently() {
    assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
  }

  @Test
  void refusesAStoredValueInAnotherFormat() {
    assertThat(hasher.verify("x", "plain-text")).isFalse();
    assertThat(hasher.verify("x", null)).isFalse();
  }
}
