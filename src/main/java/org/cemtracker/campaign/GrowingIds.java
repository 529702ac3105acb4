package org.cemtracker.campaign;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Row ids that grow in the order this node makes them: a random prefix drawn at start, then a
 * counter. A B-tree then adds each new row at its right edge instead of rewriting a page at a
 * random place (on H2 a random id made every stored response rewrite several pages of the file).
 * The order they give away is the order the rows were written in, which their storage order shows
 * already; responses are written in shuffled batches under ids drawn here, so neither tells which
 * invitation a response came from.
 */
final class GrowingIds {

  private static final String PREFIX = prefix();
  private static final AtomicLong NEXT = new AtomicLong();

  private GrowingIds() {}

  /** The next id: 36 characters, as a UUID's text. */
  static String next() {
    return PREFIX + String.format("%020d", NEXT.incrementAndGet());
  }

  private static String prefix() {
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random).substring(0, 15) + "-";
  }
}
