package org.cemtracker.base.persistence;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cemtracker.base.Settings;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Keeps the embedded H2 file small. With {@code WRITE_DELAY=0} (a commit is on disk before it is
 * acknowledged) H2 runs no background thread, so it never does its own housekeeping: a chunk of the
 * file is reused only once every page in it is dead, and pages rewritten by later commits leave
 * most chunks partly alive, so the file grew by tens of kilobytes per response. Every two seconds
 * this rewrites the live pages of the emptiest chunks into new ones (for at most a fifth of the
 * time, under H2's own store lock), so that whole chunks die and their space is reused once H2's
 * retention time has passed; and when nothing was written since the last run and much of the file
 * is free, it moves chunks towards the start and shortens the file (H2 syncs the file before it
 * overwrites anything). Idle, nothing is rewritten once the chunks are full enough, so the file
 * does not grow. Nothing is done on PostgreSQL.
 */
@Singleton
public class H2Housekeeping {

  private static final Logger LOG = Logger.getLogger(H2Housekeeping.class.getName());

  /**
   * How long a dead chunk is kept before its space is reused. H2 keeps 45 s by default, trusting
   * the operating system to have written newer chunks by then; this runs every two seconds and
   * syncs the file first, so ten seconds are as safe, and the file holds a fifth of the dead chunks
   * a burst of submissions leaves.
   */
  static final int RETENTION_MILLIS = 10_000;

  /**
   * Its own connection, not one from the pool: the pool's wrapper cannot be unwrapped to H2's
   * class, and in this process the URL opens the database already open, not a second one.
   */
  private final DataSource dataSource;

  private volatile boolean unavailable;
  private volatile boolean warned;
  private final H2FileKeeper keeper = new H2FileKeeper(RETENTION_MILLIS);

  public H2Housekeeping() {
    DatabaseSettings settings = DatabaseSettings.from(Settings.fromSystem());
    dataSource = settings.isH2() ? ConfiguredDataSource.open(settings) : null;
    unavailable = dataSource == null;
  }

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void compact() {
    if (unavailable) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      Session session =
          connection.isWrapperFor(JdbcConnection.class)
              ? connection.unwrap(JdbcConnection.class).getSession()
              : null;
      if (!(session instanceof SessionLocal local)) {
        // an H2 file another process serves
        unavailable = true;
        return;
      }
      MVStore store = local.getDatabase().getStore().getMvStore();
      Durability.use(store);
      keeper.round(store);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          warned ? Level.FINE : Level.WARNING,
          "H2 housekeeping failed; it is tried again every few seconds",
          e);
      warned = true;
    }
  }
}
