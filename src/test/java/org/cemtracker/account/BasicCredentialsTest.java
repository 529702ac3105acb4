package org.cemtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsAtTheFirstColonSoPasswordsMayContainColons() {
    String[] pair =
        CemAuthenticationMechanism.decodeBasic(encode("lea@example.org:pa:ss")).orElseThrow();

    assertThat(pair).containsExactly("lea@example.org", "pa:ss");
  }

  @Test
  void refusesGarbageAndAMissingUser() {
    assertThat(CemAuthenticationMechanism.decodeBasic("%%%not-base64")).isEmpty();
    assertThat(CemAuthenticationMechanism.decodeBasic(encode(":password"))).isEmpty();
    assertThat(CemAuthenticationMechanism.decodeBasic(encode("no-colon"))).isEmpty();
  }
}
