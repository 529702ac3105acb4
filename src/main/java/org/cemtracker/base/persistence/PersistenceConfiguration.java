package org.cemtracker.base.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's pooled data source; which database it opens is decided at start. */
@DataSourceDefinition(
    name = PersistenceConfiguration.DATA_SOURCE,
    className = "org.cemtracker.base.persistence.ConfiguredDataSource",
    minPoolSize = 1,
    maxPoolSize = 20,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class PersistenceConfiguration {
  public static final String DATA_SOURCE = "java:app/jdbc/cem";
}
