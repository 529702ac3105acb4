package org.cemtracker.base.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached — refused, timed out, the connection lost
 * (SQLSTATE class 08) — rather than something wrong with the request or the code: the API answers
 * that with 503 and {@code Retry-After}, and the call can simply be made again.
 */
public final class DatabaseUnavailable {

  /** What the client is told, in the API's error body. */
  public static final String MESSAGE =
      "The database cannot be reached at the moment; try again in a few seconds";

  /** When to call again, in seconds ({@code Retry-After}). */
  public static final String RETRY_AFTER = "5";

  private DatabaseUnavailable() {}

  public static boolean causes(Throwable error) {
    for (Throwable cause = error; cause != null; cause = next(cause)) {
      if (cause instanceof ConnectException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable cause) {
    Throwable next = cause.getCause();
    if (next == null && cause instanceof SQLException sql) {
      next = sql.getNextException();
    }
    return next == cause ? null : next;
  }
}
