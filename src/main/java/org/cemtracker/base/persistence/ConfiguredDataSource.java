package org.cemtracker.base.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cemtracker.base.Settings;
import org.cemtracker.base.StartupFailure;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC data source that Payara's connection pool wraps (named by {@link
 * PersistenceConfiguration}). It decides at start which database to open from the environment,
 * which {@code @DataSourceDefinition} alone cannot: its URL can name a system property but cannot
 * fall back to the embedded H2 database when none is set.
 *
 * <p>The first time it is opened it migrates the schema. That is the earliest moment the
 * application can act: Payara's JPA deployer logs in while deploying, before any CDI start-up
 * event, and a failed deployment would leave Payara Micro running and answering 404. So when the
 * database cannot be reached or migrated, this ends the process with a message saying why.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  /** How long a new PostgreSQL connection may take (unless the URL says connectTimeout=). */
  static final int CONNECT_TIMEOUT_SECONDS = 3;

  private static final Object LOCK = new Object();
  private static volatile boolean migrated;

  private final DatabaseSettings settings;
  private final DataSource delegate;

  public ConfiguredDataSource() {
    this(DatabaseSettings.from(Settings.fromSystem()));
  }

  public ConfiguredDataSource(DatabaseSettings settings) {
    this.settings = settings;
    this.delegate = open(settings);
  }

  private void migrateOnce() throws SQLException {
    if (migrated) {
      return;
    }
    synchronized (LOCK) {
      if (migrated) {
        return;
      }
      try {
        MigrateResult result = Migrations.migrate(delegate);
        LOG.info(
            () ->
                "Database "
                    + settings.describe()
                    + " at schema version "
                    + (result.targetSchemaVersion != null
                        ? result.targetSchemaVersion
                        : result.initialSchemaVersion)
                    + " ("
                    + result.migrationsExecuted
                    + " migrations applied now)");
        try (Connection connection = delegate.getConnection()) {
          RowLevelSecurity.warnIfBypassed(connection);
        }
        migrated = true;
      } catch (RuntimeException e) {
        throw new SQLException(
            StartupFailure.exit(
                "the database " + settings.describe() + " could not be opened and migrated", e));
      }
    }
  }

  static DataSource open(DatabaseSettings settings) {
    if (settings.isH2()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(settings.url());
      h2.setUser(settings.user());
      h2.setPassword(settings.password());
      return h2;
    }
    if (settings.isPostgres()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(settings.url());
      // a batch of inserts goes as one multi-row INSERT: one round trip, not one per row
      pg.setReWriteBatchedInserts(true);
      if (!settings.url().contains("connectTimeout=")) {
        // with the database down, a call fails in seconds (a JSON 503) instead of hanging
        pg.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
      }
      if (!settings.user().isEmpty()) {
        pg.setUser(settings.user());
      }
      if (!settings.password().isEmpty()) {
        pg.setPassword(settings.password());
      }
      return pg;
    }
    throw new IllegalStateException(
        "CEM_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, not " + settings.describe());
  }

  @Override
  public Connection getConnection() throws SQLException {
    migrateOnce();
    return delegate.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate.isWrapperFor(type);
  }
}
