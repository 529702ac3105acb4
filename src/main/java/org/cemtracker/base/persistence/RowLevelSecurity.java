package org.cemtracker.base.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Schema version 10: PostgreSQL's row-level security on every table of an organisation's data
 * ({@code db/postgresql/row_level_security.sql}; {@link Tenancy} tells each connection its scope).
 * H2 has no row-level security: there the version is recorded and nothing changes.
 */
public final class RowLevelSecurity extends PostgresOnlyMigration {

  static final String SCRIPT = "db/postgresql/row_level_security.sql";
  private static final Logger LOG = Logger.getLogger(RowLevelSecurity.class.getName());

  public RowLevelSecurity() {
    super("10", "row level security");
  }

  @Override
  String statements() {
    return script();
  }

  /**
   * A superuser, or a role with BYPASSRLS, is not bound by the policies: said at start, so that an
   * operator gives the application a role of its own (deploy/README.md).
   */
  static void warnIfBypassed(Connection connection) throws SQLException {
    if (!Tenancy.isPostgres(connection)) {
      return;
    }
    try (Statement sql = connection.createStatement();
        ResultSet role =
            sql.executeQuery(
                "SELECT current_user, rolsuper OR rolbypassrls FROM pg_roles"
                    + " WHERE rolname = current_user")) {
      if (role.next() && role.getBoolean(2)) {
        LOG.warning(
            "The database role "
                + role.getString(1)
                + " is a superuser or has BYPASSRLS: row-level security does not bind it. Give"
                + " the application a role of its own (see deploy/README.md).");
      }
    }
  }

  private static String script() {
    try (InputStream in = RowLevelSecurity.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
