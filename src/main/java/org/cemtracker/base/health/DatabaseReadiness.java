package org.cemtracker.base.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cemtracker.base.lifecycle.Drain;
import org.cemtracker.base.persistence.PersistenceConfiguration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the database answers, and no longer once shutdown has begun. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = PersistenceConfiguration.DATA_SOURCE)
  DataSource dataSource;

  @Inject Drain drain;

  private volatile boolean stopping;

  void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    stopping = true;
  }

  @Override
  public HealthCheckResponse call() {
    if (stopping || drain.draining()) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("reason", "shutting down")
          .build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return HealthCheckResponse.named("database").status(valid).build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("reason", e.getClass().getSimpleName())
          .build();
    }
  }
}
