package org.cemtracker.base.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema version whose statements only PostgreSQL runs (row-level security): on H2, which has no
 * such thing, the version is recorded and nothing changes.
 */
abstract class PostgresOnlyMigration implements JavaMigration {

  private final String version;
  private final String description;

  PostgresOnlyMigration(String version, String description) {
    this.version = version;
    this.description = description;
  }

  /** The statements PostgreSQL runs. */
  abstract String statements();

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!Tenancy.isPostgres(connection)) {
      return;
    }
    try (Statement sql = connection.createStatement()) {
      sql.execute(statements());
    }
  }
}
