package org.cemtracker.base.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cemtracker.base.Settings;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops the node without dropping anyone. On SIGTERM (what {@code docker stop}, Kubernetes and
 * systemd send) or SIGINT the node turns readiness down and refuses new requests with a JSON 503
 * ({@link Drain}), lets those in flight finish (at most {@code CEM_STOP_GRACE} seconds, 25 by
 * default), keeps refusing for {@code CEM_STOP_LINGER} seconds (2) while balancers notice, closes
 * its HTTP listener and only then lets Payara undeploy and exit. A second signal exits at once
 * (halts: no more waiting).
 */
@ApplicationScoped
public class GracefulStop {

  private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());
  private static final Map<String, Integer> SIGNALS = Map.of("TERM", 143, "INT", 130);

  @Inject Drain drain;

  private final Map<Signal, SignalHandler> previous = new HashMap<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private Duration grace;
  private Duration linger;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Settings settings = Settings.fromSystem();
    grace = seconds(settings, "cem.stop.grace", 25);
    linger = seconds(settings, "cem.stop.linger", 2);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    SIGNALS.forEach(
        (name, code) -> {
          Signal signal = new Signal(name);
          try {
            previous.put(signal, Signal.handle(signal, s -> onSignal(loader, code)));
          } catch (IllegalArgumentException taken) {
            // -Xrs, or the signal is the JVM's own: stopping then undeploys at once, as before
            LOG.warning("SIG" + name + " cannot be handled here; a stop will not drain: " + taken);
          }
        });
  }

  /** Undeployed without a signal (by a test or the admin): the JVM's own handlers come back. */
  void onUndeploy(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    previous.forEach(Signal::handle);
    previous.clear();
  }

  private void onSignal(ClassLoader loader, int code) {
    if (!stopping.compareAndSet(false, true)) {
      // the first may already be running the shutdown hooks, where exit() would wait for them
      LOG.warning("Second stop signal: exiting without waiting");
      Runtime.getRuntime().halt(code);
      return;
    }
    Thread stop = new Thread(() -> stop(loader, code), "cem-graceful-stop");
    stop.setContextClassLoader(loader);
    stop.start();
  }

  private void stop(ClassLoader loader, int code) {
    try {
      drain(loader);
    } catch (RuntimeException | Error unexpected) {
      LOG.log(Level.SEVERE, "Draining failed; stopping anyway", unexpected);
    } finally {
      Runtime.getRuntime().exit(code);
    }
  }

  private void drain(ClassLoader loader) {
    long started = System.nanoTime();
    drain.begin();
    LOG.info(
        "Stopping: new requests are refused with 503, "
            + drain.inFlight()
            + " in flight may take up to "
            + grace.toSeconds()
            + " s");
    boolean idle = false;
    try {
      idle = drain.awaitIdle(grace);
      Thread.sleep(linger.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean closed = HttpListener.close(loader);
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    String listener = closed ? ", HTTP listener closed" : "";
    if (idle) {
      LOG.info("Drained in " + millis + " ms" + listener + "; undeploying");
    } else {
      LOG.warning(
          "Stopping after the grace period of "
              + grace.toSeconds()
              + " s with "
              + drain.inFlight()
              + " requests still in flight"
              + listener
              + "; undeploying");
    }
  }

  private static Duration seconds(Settings settings, String key, int fallback) {
    String value = settings.get(key).orElse(Integer.toString(fallback));
    try {
      return Duration.ofSeconds(Math.max(0, Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      LOG.warning(key + " is not a whole number of seconds: '" + value + "'; using " + fallback);
      return Duration.ofSeconds(fallback);
    }
  }
}
