package org.cemtracker.base.lifecycle;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara's HTTP listener, closed before the app is undeployed so that a stopping node refuses
 * connections (the balancer tries the next node) instead of answering with the server's own HTML
 * error pages. Payara has no public API for it: the asadmin {@code set} command of its embedded
 * command runner, found through its service locator by name.
 */
final class HttpListener {

  private static final Logger LOG = Logger.getLogger(HttpListener.class.getName());

  private static final String DISABLE =
      "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled=false";

  private HttpListener() {}

  /**
   * @return whether the listener was closed
   */
  static boolean close(ClassLoader loader) {
    try {
      Class<?> globals = Class.forName("org.glassfish.internal.api.Globals", true, loader);
      Object locator = globals.getMethod("getDefaultBaseServiceLocator").invoke(null);
      Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, loader);
      Class<?> runnerType = Class.forName("org.glassfish.embeddable.CommandRunner", true, loader);
      Method getService = locatorType.getMethod("getService", Class.class, Annotation[].class);
      Object runner = getService.invoke(locator, runnerType, new Annotation[0]);
      Method run = runnerType.getMethod("run", String.class, String[].class);
      Object result = run.invoke(runner, "set", new String[] {DISABLE});
      Class<?> resultType = Class.forName("org.glassfish.embeddable.CommandResult", true, loader);
      Object status = resultType.getMethod("getExitStatus").invoke(result);
      if (!"SUCCESS".equals(String.valueOf(status))) {
        LOG.warning("Closing the HTTP listener failed: " + status);
        return false;
      }
      return true;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      LOG.log(Level.WARNING, "The HTTP listener could not be closed before stopping", e);
      return false;
    }
  }
}
