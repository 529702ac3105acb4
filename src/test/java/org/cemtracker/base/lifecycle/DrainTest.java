package org.cemtracker.base.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DrainTest {

  @Test
  void onceDrainingNoRequestIsLetInAndTheWaitEndsWithTheLastOneInFlight() throws Exception {
    Drain drain = new Drain();
    assertThat(drain.enter()).isTrue();
    assertThat(drain.enter()).isTrue();

    drain.begin();

    assertThat(drain.draining()).isTrue();
    assertThat(drain.enter()).as("a new request while draining").isFalse();
    assertThat(drain.inFlight()).isEqualTo(2);
    assertThat(drain.awaitIdle(Duration.ofMillis(50))).as("two still in flight").isFalse();
    drain.leave();
    assertThat(drain.awaitIdle(Duration.ofMillis(50))).as("one still in flight").isFalse();
    drain.leave();
    assertThat(drain.awaitIdle(Duration.ofMillis(50))).isTrue();
  }

  @Test
  void everyRequestLetInIsCountedUntilItLeavesEvenWhenTheDrainBeginsAmongThem() throws Exception {
    int everAdmitted = 0;
    for (int round = 0; round < 50; round++) {
      Drain drain = new Drain();
      AtomicInteger admitted = new AtomicInteger();
      AtomicInteger finished = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService requests = Executors.newFixedThreadPool(8);
      for (int r = 0; r < 400; r++) {
        requests.execute(
            () -> {
              try {
                go.await();
              } catch (InterruptedException e) {
                return;
              }
              if (drain.enter()) {
                admitted.incrementAndGet();
                Thread.onSpinWait();
                finished.incrementAndGet();
                drain.leave();
              }
            });
      }
      go.countDown();
      drain.begin();
      assertThat(drain.awaitIdle(Duration.ofSeconds(10))).isTrue();
      // nothing admitted is still running once the wait is over
      assertThat(finished.get()).isEqualTo(admitted.get());
      requests.shutdown();
      assertThat(requests.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(finished.get()).as("none admitted after the wait").isEqualTo(admitted.get());
      assertThat(drain.inFlight()).isZero();
      everAdmitted += admitted.get();
    }
    assertThat(everAdmitted).as("requests admitted before the drains began").isPositive();
  }
}
