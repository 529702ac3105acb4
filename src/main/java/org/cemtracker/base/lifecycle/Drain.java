package org.cemtracker.base.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests this node is serving, and whether it has begun to stop: from then on it takes no new
 * request ({@link DrainFilter} refuses it with a 503 the balancer retries elsewhere) and waits for
 * those in flight to finish.
 */
@ApplicationScoped
public class Drain {

  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;

  /**
   * @return whether the request may go on; if so, {@link #leave()} must follow
   */
  public boolean enter() {
    inFlight.incrementAndGet();
    if (draining) {
      inFlight.decrementAndGet();
      return false;
    }
    return true;
  }

  public void leave() {
    inFlight.decrementAndGet();
  }

  public void begin() {
    draining = true;
  }

  public boolean draining() {
    return draining;
  }

  public int inFlight() {
    return inFlight.get();
  }

  /**
   * Waits until no request is in flight, at most {@code limit}.
   *
   * @return whether all finished in time
   */
  public boolean awaitIdle(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (inFlight.get() > 0) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }
}
