package org.cemtracker.base;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the process when the application cannot start. Without this, Payara Micro keeps running
 * after a failed deployment and answers 404 to everything: a silently dead app.
 */
public final class StartupFailure {

  private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

  private StartupFailure() {}

  /** Logs why, asks the JVM to exit with status 1, and returns an exception to throw. */
  public static IllegalStateException exit(String why, Throwable cause) {
    LOG.log(Level.SEVERE, "CEM Tracker cannot start: " + why + " (" + rootMessage(cause) + ")");
    LOG.log(Level.FINE, "start-up failure detail", cause);
    if (!Boolean.getBoolean("cem.startup.keepAlive")) {
      // exit from another thread: the deployment thread must be free to unwind
      Thread exit = new Thread(() -> System.exit(1), "cem-startup-failure");
      exit.setDaemon(false);
      exit.start();
    }
    return new IllegalStateException(why, cause);
  }

  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
