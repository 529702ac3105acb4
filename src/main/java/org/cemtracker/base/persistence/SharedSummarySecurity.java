package org.cemtracker.base.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 12: row-level security on the shared summaries (PostgreSQL only, as version 10). A
 * connection reads a summary of its own organisations, or the one whose digest it has named for
 * this transaction ({@link Tenancy#nameSummary}): a request without a caller, or a member of
 * another organisation who opens a link, reads that one row and no other — the link is the
 * credential, and no scope may list the summaries of every tenant.
 */
public final class SharedSummarySecurity implements JavaMigration {

  private static final String POLICIES =
      """
      ALTER TABLE shared_summary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE shared_summary FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON shared_summary USING (cem_sees(organisation_id));
      CREATE POLICY by_link ON shared_summary FOR SELECT
          USING (digest = current_setting('cem.summary', true));
      """;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("12");
  }

  @Override
  public String getDescription() {
    return "shared summary security";
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
      sql.execute(POLICIES);
    }
  }
}
