package org.cemtracker.base.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.cemtracker.base.proxy.ClientView.Forwarded;
import org.junit.jupiter.api.Test;

class ClientViewTest {

  private static final TrustedProxies NGINX = TrustedProxies.parse("10.0.0.2, 10.0.0.3");

  private static ClientView behind(String peer, Forwarded headers) {
    return ClientView.of(NGINX, peer, "http", "10.0.0.9", 8080, headers);
  }

  private static Forwarded forwardedFor(String... hops) {
    return new Forwarded(List.of(hops), null, null, null, null);
  }

  @Test
  void behindATrustedProxyTheClientsSchemeHostAndPortAreSeen() {
    ClientView view =
        behind(
            "10.0.0.2",
            new Forwarded(
                List.of("198.51.100.7"), "https", "surveys.example.org", null, "10.0.0.9:8080"));

    assertThat(view.address()).isEqualTo("198.51.100.7");
    assertThat(view.secure()).isTrue();
    assertThat(view.origin()).isEqualTo("https://surveys.example.org");
  }

  @Test
  void aForwardedPortIsKeptInTheOrigin() {
    ClientView view =
        behind(
            "10.0.0.2",
            new Forwarded(List.of("198.51.100.7"), "http", null, "8443", "cem.example:8443"));

    assertThat(view.origin()).isEqualTo("http://cem.example:8443");
  }

  @Test
  void theClientIsTheRightMostAddressThatIsNotATrustedProxy() {
    // the client wrote "203.0.113.1" itself; nginx appended the address it saw, then a second
    // trusted proxy appended nginx's
    assertThat(behind("10.0.0.3", forwardedFor("203.0.113.1, 198.51.100.7", "10.0.0.2")).address())
        .isEqualTo("198.51.100.7");
  }

  @Test
  void aChainOfTrustedProxiesOnlyEndsAtItsLeftMostHop() {
    assertThat(behind("10.0.0.2", forwardedFor("10.0.0.3")).address()).isEqualTo("10.0.0.3");
  }

  @Test
  void aHopThatIsNotAnAddressStopsTheWalkAtTheLastProxy() {
    assertThat(behind("10.0.0.2", forwardedFor("unknown")).address()).isEqualTo("10.0.0.2");
  }

  @Test
  void malformedHostsAndSchemesAreIgnored() {
    ClientView view =
        behind(
            "10.0.0.2",
            new Forwarded(List.of(), "gopher", "evil.example/<script>", "99999", "10.0.0.9:8080"));

    assertThat(view.scheme()).isEqualTo("http");
    assertThat(view.origin()).isEqualTo("http://10.0.0.9:8080");
  }

  @Property(tries = 200)
  void fromAnUntrustedPeerNothingForwardedCounts(
      @ForAll @NumericChars @StringLength(min = 1, max = 3) String octet,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String host,
      @ForAll("schemes") String proto) {
    String peer = "192.0.2." + octet;
    ClientView view =
        ClientView.of(
            NGINX,
            peer,
            "http",
            "10.0.0.9",
            8080,
            new Forwarded(List.of("10.0.0.2", "203.0.113.5"), proto, host, "443", host));

    assertThat(view).isEqualTo(new ClientView(peer, "http", "10.0.0.9", 8080));
  }

  @Property(tries = 200)
  void whateverTheClientPrependsItsAddressIsTheOneTheProxySaw(
      @ForAll List<@NumericChars @StringLength(min = 1, max = 3) String> spoofed) {
    StringBuilder chain = new StringBuilder();
    for (String s : spoofed) {
      chain.append("10.0.0.").append(s).append(", ");
    }
    chain.append("198.51.100.42");

    assertThat(behind("10.0.0.2", forwardedFor(chain.toString())).address())
        .isEqualTo("198.51.100.42");
  }

  @Provide
  Arbitrary<String> schemes() {
    return Arbitraries.of("http", "https", "HTTPS", "ftp", "");
  }
}
