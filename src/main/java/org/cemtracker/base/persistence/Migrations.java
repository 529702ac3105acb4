package org.cemtracker.base.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema to the newest version; the ORM never creates or alters tables. */
public final class Migrations {

  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  public static MigrateResult migrate(DataSource dataSource) {
    return flyway(dataSource).migrate();
  }

  /** The schema version the database is at, and how many migrations are still pending. */
  public static SchemaStatus status(DataSource dataSource) {
    MigrationInfoService info = flyway(dataSource).info();
    MigrationInfo current = info.current();
    return new SchemaStatus(
        current == null ? null : current.getVersion().getVersion(), info.pending().length);
  }

  private static Flyway flyway(DataSource dataSource) {
    ClassLoader loader = Migrations.class.getClassLoader();
    return Flyway.configure(loader)
        .dataSource(dataSource)
        // a data migration after version 10 sees every row on PostgreSQL (row-level security)
        .initSql(postgres(dataSource) ? "SELECT set_config('cem.scope', 'system', false)" : null)
        .locations(LOCATION)
        .javaMigrations(javaMigrations(loader))
        .failOnMissingLocations(true)
        .load();
  }

  /**
   * Migrations written in Java (data backfills), listed in {@code META-INF/services} by the feature
   * that owns the data, so that this class depends on no feature.
   */
  static JavaMigration[] javaMigrations(ClassLoader loader) {
    return ServiceLoader.load(JavaMigration.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .toArray(JavaMigration[]::new);
  }

  private static boolean postgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return Tenancy.isPostgres(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
    }
  }

  public record SchemaStatus(String version, int pending) {}
}
