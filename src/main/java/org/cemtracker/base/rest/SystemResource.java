package org.cemtracker.base.rest;

import jakarta.annotation.Resource;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cemtracker.base.persistence.Migrations;
import org.cemtracker.base.persistence.PersistenceConfiguration;

/** For administrators: which database the instance runs on and its schema version. */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

  @Resource(lookup = PersistenceConfiguration.DATA_SOURCE)
  DataSource dataSource;

  public record SystemStatus(String database, String schemaVersion, int pendingMigrations) {}

  @GET
  public SystemStatus status(@Context SecurityContext security) throws SQLException {
    if (!security.isUserInRole("ADMIN")) {
      throw new ForbiddenException("Only administrators may see the system status");
    }
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    Migrations.SchemaStatus schema = Migrations.status(dataSource);
    return new SystemStatus(product, schema.version(), schema.pending());
  }
}
