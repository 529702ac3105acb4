package org.cemtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private final CredentialCache cache = new CredentialCache(Duration.ofMinutes(5));
  private final CallerIdentity lea = new CallerIdentity("u1", "lea@example.org", "Lea", false, 0);

  @Test
  void findsAPairItWasToldToRememberRegardlessOfEmailCase() {
    cache.remember("lea@example.org", "pw-123456789", lea);

    assertThat(cache.find("LEA@example.org", "pw-123456789")).contains(lea);
  }

  @Test
  void doesNotFindTheAccountWithAnotherPassword() {
    cache.remember("lea@example.org", "pw-123456789", lea);

    assertThat(cache.find("lea@example.org", "pw-123456780")).isEmpty();
  }

  @Test
  void dropsEveryEntryOfAUserWhenToldToForgetThem() {
    cache.remember("lea@example.org", "pw-123456789", lea);
    cache.remember("lea@example.org", "another-password", lea);

    cache.forget("u1");

    assertThat(cache.find("lea@example.org", "pw-123456789")).isEmpty();
    assertThat(cache.find("lea@example.org", "another-password")).isEmpty();
  }

  @Test
  void aZeroTimeToLiveRemembersNothing() {
    CredentialCache expired = new CredentialCache(Duration.ZERO);
    expired.remember("lea@example.org", "pw-123456789", lea);

    assertThat(expired.find("lea@example.org", "pw-123456789")).isEmpty();
  }
}
