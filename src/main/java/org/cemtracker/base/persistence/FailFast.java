package org.cemtracker.base.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink waits out a lost database: it retries a failed read three times, 5 s apart, so every
 * call hung about 10 s before it failed. The pool already replaces dead connections, so a read is
 * not retried here, and the API answers 503 at once (persistence.xml names this customizer).
 */
public class FailFast implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
