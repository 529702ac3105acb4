package org.cemtracker.base.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies whose forwarded headers are believed ({@code CEM_TRUSTED_PROXIES}): a comma-separated
 * list of IPv4 or IPv6 addresses and networks in CIDR form, such as {@code 127.0.0.1, 10.0.0.0/8,
 * fd00::/8}. Only address literals are read — never a name looked up in DNS — and anything else in
 * the list is refused at start, so that a typo does not silently trust no one or everyone.
 */
public final class TrustedProxies {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private record Network(byte[] address, int bits) {
    boolean contains(byte[] other) {
      if (other.length != address.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (other[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  private final List<Network> networks;

  private TrustedProxies(List<Network> networks) {
    this.networks = List.copyOf(networks);
  }

  /** Trusts no one: forwarded headers are ignored. */
  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * @throws IllegalArgumentException naming the entry that is not an address or a network
   */
  public static TrustedProxies parse(String list) {
    List<Network> networks = new ArrayList<>();
    for (String entry : list.split(",")) {
      String text = entry.strip();
      if (text.isEmpty()) {
        continue;
      }
      int slash = text.indexOf('/');
      byte[] address = literal(slash < 0 ? text : text.substring(0, slash)).orElse(null);
      int bits = address == null ? -1 : address.length * 8;
      if (address != null && slash >= 0) {
        bits = bitsOrMinus(text.substring(slash + 1), address.length * 8);
      }
      if (address == null || bits < 0) {
        throw new IllegalArgumentException(
            "CEM_TRUSTED_PROXIES: '"
                + text
                + "' is not an IP address or a network such as 10.0.0.0/8 (names are not looked"
                + " up)");
      }
      networks.add(new Network(address, bits));
    }
    return new TrustedProxies(networks);
  }

  public boolean isEmpty() {
    return networks.isEmpty();
  }

  /** Whether the address (a literal, as the container reports a peer) is a trusted proxy. */
  public boolean trusts(String address) {
    return literal(address)
        .map(bytes -> networks.stream().anyMatch(n -> n.contains(bytes)))
        .orElse(false);
  }

  /** The bytes of an IP address literal; empty for anything else, without a DNS lookup. */
  static Optional<byte[]> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    boolean v4 = IPV4.matcher(t).matches();
    if (!v4 && !IPV6.matcher(t).matches()) {
      return Optional.empty();
    }
    if (v4) {
      for (String part : t.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return Optional.empty();
        }
      }
    }
    try {
      // a literal: InetAddress parses it and asks no name server (an IPv4-mapped IPv6 address
      // comes back as IPv4, and matches IPv4 networks)
      return Optional.of(InetAddress.getByName(t).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static int bitsOrMinus(String text, int most) {
    if (!text.matches("\\d{1,3}")) {
      return -1;
    }
    int bits = Integer.parseInt(text);
    return bits <= most ? bits : -1;
  }
}
