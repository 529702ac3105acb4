package org.cemtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle =
      new LoginThrottle(clock, LoginThrottle.ACCOUNT_FREE_FAILURES);

  @Test
  void letsTheFirstFiveFailuresThroughWithoutWaiting() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("a");
    }
    assertThat(throttle.waitFor("a")).isEmpty();
  }

  @Test
  void makesTheCallerWaitAfterFiveFailuresAndDoublesTheWaitWithEachFurtherOne() {
    fail("a", 5);
    assertThat(throttle.waitFor("a")).contains(Duration.ofSeconds(1));

    clock.advance(Duration.ofSeconds(1));
    fail("a", 1);
    assertThat(throttle.waitFor("a")).contains(Duration.ofSeconds(2));

    clock.advance(Duration.ofSeconds(2));
    fail("a", 1);
    assertThat(throttle.waitFor("a")).contains(Duration.ofSeconds(4));
  }

  @Test
  void neverMakesTheCallerWaitLongerThanFiveMinutes() {
    fail("a", 40);
    assertThat(throttle.waitFor("a")).contains(Duration.ofMinutes(5));
  }

  @Test
  void forgetsFailuresAfterASuccess() {
    fail("a", 7);
    throttle.succeeded("a");
    assertThat(throttle.waitFor("a")).isEmpty();
  }

  @Test
  void keepsKeysApart() {
    fail("a", 9);
    assertThat(throttle.waitFor("b")).isEmpty();
  }

  @Test
  void forgetsOldFailuresAfterHalfAnHour() {
    fail("a", 30);
    clock.advance(Duration.ofMinutes(31));
    assertThat(throttle.waitFor("a")).isEmpty();
  }

  private void fail(String key, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(key);
    }
  }

  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-24T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
