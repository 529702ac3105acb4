package org.cemtracker.base.proxy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request as its client made it: the client's address, and the scheme, host and port it used.
 * Behind a trusted proxy ({@link TrustedProxies}) they come from {@code X-Forwarded-For}, {@code
 * -Proto}, {@code -Host} and {@code -Port}; from anyone else those headers are ignored. The
 * client's address is the right-most one in {@code X-Forwarded-For} that is not a trusted proxy:
 * every address to its right was added by a proxy we trust, everything to its left the client may
 * have written itself.
 */
public record ClientView(String address, String scheme, String host, int port) {

  private static final Pattern HOST =
      Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(?::(\\d{1,5}))?");

  /** The headers a proxy forwards, each as it arrived (a header may be repeated). */
  public record Forwarded(
      List<String> forwardedFor, String proto, String forwardedHost, String port, String host) {}

  /**
   * @param peer the address the connection came from
   * @param scheme, serverName, serverPort the request as the container saw it
   */
  public static ClientView of(
      TrustedProxies trusted,
      String peer,
      String scheme,
      String serverName,
      int serverPort,
      Forwarded headers) {
    ClientView direct = new ClientView(peer, scheme, serverName, serverPort);
    if (!trusted.trusts(peer)) {
      return direct;
    }
    String effectiveScheme = schemeOf(headers.proto()).orElse(scheme);
    String hostHeader = first(headers.forwardedHost());
    if (hostHeader == null) {
      hostHeader = headers.host();
    }
    String host = serverName;
    int port = effectiveScheme.equals(scheme) ? serverPort : defaultPort(effectiveScheme);
    Matcher m = hostHeader == null ? null : HOST.matcher(hostHeader.strip());
    if (m != null && m.matches()) {
      host = m.group(1);
      port = m.group(2) != null ? portOr(m.group(2), port) : defaultPort(effectiveScheme);
    }
    String forwardedPort = first(headers.port());
    if (forwardedPort != null) {
      port = portOr(forwardedPort, port);
    }
    return new ClientView(
        clientAddress(trusted, peer, headers.forwardedFor()), effectiveScheme, host, port);
  }

  public boolean secure() {
    return scheme.equals("https");
  }

  /** scheme://host[:port], the port left out when it is the scheme's default. */
  public String origin() {
    return origin(scheme, host, port);
  }

  /** scheme://host[:port], the port left out when it is the scheme's default. */
  public static String origin(String scheme, String host, int port) {
    return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
  }

  private static String clientAddress(
      TrustedProxies trusted, String peer, List<String> forwardedFor) {
    String client = peer;
    List<String> hops =
        forwardedFor.stream()
            .flatMap(h -> List.of(h.split(",")).stream())
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (TrustedProxies.literal(hop).isEmpty()) {
        // not an address: written by someone we cannot vouch for; keep the last proxy's
        break;
      }
      client = hop;
      if (!trusted.trusts(hop)) {
        break;
      }
    }
    return client;
  }

  private static Optional<String> schemeOf(String proto) {
    String p = first(proto);
    if (p == null) {
      return Optional.empty();
    }
    String lower = p.toLowerCase(Locale.ROOT);
    return lower.equals("http") || lower.equals("https") ? Optional.of(lower) : Optional.empty();
  }

  private static String first(String header) {
    if (header == null) {
      return null;
    }
    String value = header.split(",")[0].strip();
    return value.isEmpty() ? null : value;
  }

  private static int portOr(String text, int otherwise) {
    if (!text.matches("\\d{1,5}")) {
      return otherwise;
    }
    int port = Integer.parseInt(text);
    return port >= 1 && port <= 65535 ? port : otherwise;
  }

  static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }
}
