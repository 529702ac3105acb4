package org.cemtracker.base.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cemtracker.base.StartupFailure;

/**
 * Once the application has started, makes sure the schema is current (opening the data source
 * migrates it) and announces {@link SchemaReady} to the features that seed data.
 */
@ApplicationScoped
public class SchemaStartup {

  @Resource(lookup = PersistenceConfiguration.DATA_SOURCE)
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  void onStart(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object event) {
    try (Connection opened = dataSource.getConnection()) {
      schemaReady.fire(new SchemaReady());
    } catch (SQLException | RuntimeException e) {
      throw StartupFailure.exit("the database is not ready or seeding it failed", e);
    }
  }

  /** Fired once the schema is current. */
  public record SchemaReady() {}
}
