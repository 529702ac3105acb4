package org.cemtracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after a number of failed logins for one key (an account's e-mail,
 * or a client address), each further attempt must wait twice as long as the one before, up to
 * {@link #MAX_WAIT}. A success clears the key; failures are forgotten after {@link #MEMORY}.
 * Attempts made while waiting are refused without checking the password.
 */
public class LoginThrottle {

  /** Free failures per account. */
  static final int ACCOUNT_FREE_FAILURES = 5;

  /** Free failures per client address: higher, as many users may share one (a proxy, an office). */
  static final int CLIENT_FREE_FAILURES = 50;

  static final Duration MAX_WAIT = Duration.ofMinutes(5);
  static final Duration MEMORY = Duration.ofMinutes(30);
  private static final int MAX_KEYS = 100_000;

  private final Clock clock;
  private final int freeFailures;
  private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock, int freeFailures) {
    this.clock = clock;
    this.freeFailures = freeFailures;
  }

  private record Failures(int count, Instant last) {}

  /** How long the caller must still wait before an attempt for this key, if at all. */
  public Optional<Duration> waitFor(String key) {
    Failures f = failures.get(key);
    Instant now = clock.instant();
    if (f == null || f.count < freeFailures) {
      return Optional.empty();
    }
    if (f.last.plus(MEMORY).isBefore(now)) {
      failures.remove(key, f);
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
    if (failures.size() > MAX_KEYS) {
      prune();
    }
    Instant now = clock.instant();
    failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count + 1, now));
  }

  public void succeeded(String key) {
    failures.remove(key);
  }

  private void prune() {
    Instant cutoff = clock.instant().minus(MEMORY);
    failures.values().removeIf(f -> f.last.isBefore(cutoff));
  }
}
