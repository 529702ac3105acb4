package org.cemtracker.base.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells each connection EclipseLink takes from the pool whose rows it may touch ({@link Tenancy}),
 * and takes that back before the connection returns: named in persistence.xml as the session's
 * event listener. On H2 it does nothing.
 */
public class TenancyListener extends SessionEventAdapter {

  @Override
  public void postAcquireConnection(SessionEvent event) {
    Connection connection = connection(event);
    if (connection != null && event.getSession().getPlatform().isPostgreSQL()) {
      try {
        Tenancy.apply(connection);
      } catch (SQLException e) {
        throw DatabaseException.sqlException(e);
      }
    }
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    Connection connection = connection(event);
    if (connection != null && event.getSession().getPlatform().isPostgreSQL()) {
      try {
        Tenancy.clear(connection);
      } catch (SQLException e) {
        // a broken connection is discarded by the pool; nothing of its scope survives it
      }
    }
  }

  private static Connection connection(SessionEvent event) {
    return event.getResult() instanceof Accessor accessor ? accessor.getConnection() : null;
  }
}
