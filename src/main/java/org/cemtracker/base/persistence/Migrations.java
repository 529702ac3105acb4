package org.cemtracker.base.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
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
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .load();
  }

  public record SchemaStatus(String version, int pending) {}
}
