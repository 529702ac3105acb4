package org.cemtracker.base.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies trusted =
      TrustedProxies.parse("127.0.0.1, 10.0.0.0/8 ,192.168.4.0/23, fd00::/8, ::1");

  @Test
  void addressesAndNetworksOfBothFamiliesAreTrusted() {
    assertThat(trusted.trusts("127.0.0.1")).isTrue();
    assertThat(trusted.trusts("10.255.3.4")).isTrue();
    assertThat(trusted.trusts("192.168.5.200")).as("inside the /23").isTrue();
    assertThat(trusted.trusts("fd12:3456::1")).isTrue();
    assertThat(trusted.trusts("0:0:0:0:0:0:0:1")).as("::1 written out").isTrue();
  }

  @Test
  void addressesOutsideThemAreNot() {
    assertThat(trusted.trusts("127.0.0.2")).isFalse();
    assertThat(trusted.trusts("11.0.0.1")).isFalse();
    assertThat(trusted.trusts("192.168.6.1")).as("just past the /23").isFalse();
    assertThat(trusted.trusts("fe80::1")).isFalse();
    assertThat(trusted.trusts("::2")).isFalse();
  }

  @Test
  void namesAndGarbageAreNeverTrustedNorLookedUp() {
    assertThat(trusted.trusts("localhost")).isFalse();
    assertThat(trusted.trusts("unknown")).isFalse();
    assertThat(trusted.trusts("10.0.0.256")).isFalse();
    assertThat(trusted.trusts("")).isFalse();
    assertThat(trusted.trusts(null)).isFalse();
    assertThat(TrustedProxies.literal("proxy.internal")).isEmpty();
  }

  @Test
  void aListEntryThatIsNotAnAddressOrNetworkIsRefusedByName() {
    assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1, proxy.internal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'proxy.internal'");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .hasMessageContaining("'10.0.0.0/33'");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/x")).hasMessageContaining("10.0.0.0/x");
  }

  @Test
  void anEmptyListTrustsNoOne() {
    assertThat(TrustedProxies.parse(" , ").isEmpty()).isTrue();
    assertThat(TrustedProxies.none().trusts("127.0.0.1")).isFalse();
  }
}
