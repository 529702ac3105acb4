package org.cemtracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after a number of failed logins for one key (an account's e-mail
 * with the client's address, or a client address alone), each further attempt must wait twice as
 * long as the one before, up to {@link #MAX_WAIT}. A success clears the key; failures are forgotten
 * after {@link #MEMORY}. Attempts made while waiting are refused without checking the password. The
 * counts live in a map given to it — on a cluster, the data grid's, so that they hold on every node
 * — as text ("count last-failure-millis"), which any node can read.
 */
public class LoginThrottle {

  /** Free failures per account and client address. */
  static final int ACCOUNT_FREE_FAILURES = 5;

  /** Free failures per client address: higher, as many users may share one (a proxy, an office). */
  static final int CLIENT_FREE_FAILURES = 50;

  static final Duration MAX_WAIT = Duration.ofMinutes(5);
  static final Duration MEMORY = Duration.ofMinutes(30);

  private final Clock clock;
  private final int freeFailures;
  private final ConcurrentMap<String, String> failures;

  /**
   * @param failures where the counts live; it should forget an entry {@link #MEMORY} after its last
   *     change (this class forgets them then too, but does not remove them all)
   */
  public LoginThrottle(Clock clock, int freeFailures, ConcurrentMap<String, String> failures) {
    this.clock = clock;
    this.freeFailures = freeFailures;
    this.failures = failures;
  }

  /** For tests: counts in a map of its own. */
  LoginThrottle(Clock clock, int freeFailures) {
    this(clock, freeFailures, new ConcurrentHashMap<>());
  }

  private record Failures(int count, Instant last) {
    static Failures read(String text) {
      String[] parts = text.split(" ");
      return new Failures(
          Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])));
    }

    String write() {
      return count + " " + last.toEpochMilli();
    }
  }

  /** How long the caller must still wait before an attempt for this key, if at all. */
  public Optional<Duration> waitFor(String key) {
    String stored = failures.get(key);
    Failures f = stored == null ? null : Failures.read(stored);
    Instant now = clock.instant();
    if (f == null || f.count < freeFailures) {
      return Optional.empty();
    }
    if (f.last.plus(MEMORY).isBefore(now)) {
      failures.remove(key, stored);
      return Optional.empty();
    }
    Instant allowed = f.last.plus(delayAfter(f.count - freeFailures));
    return allowed.isAfter(now) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
  }

  static Duration delayAfter(int failuresOverFree) {
    int doublings = Math.min(failuresOverFree, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : delay;
  }

  public void failed(String key) {
    Instant now = clock.instant();
    failures.merge(
        key,
        new Failures(1, now).write(),
        (old, one) -> new Failures(Failures.read(old).count + 1, now).write());
  }

  public void succeeded(String key) {
    failures.remove(key);
  }
}
