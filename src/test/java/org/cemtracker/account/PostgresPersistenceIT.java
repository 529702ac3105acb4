package org.cemtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.cemtracker.base.persistence.ConfiguredDataSource;
import org.cemtracker.base.persistence.DatabaseSettings;
import org.cemtracker.base.persistence.Migrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations and the repositories against a real PostgreSQL server (binaries from Maven
 * Central), opened the way production opens it: through {@link ConfiguredDataSource} with a {@code
 * CEM_DB_URL}.
 */
class PostgresPersistenceIT {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;
  private static EntityManagerFactory emf;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    dataSource = new ConfiguredDataSource(new DatabaseSettings(url, "postgres", ""));
    try (Connection opened = dataSource.getConnection()) {
      assertThat(opened.isValid(2)).isTrue();
    }
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    emf = Persistence.createEntityManagerFactory("cem", properties);
  }

  @AfterAll
  static void stop() throws Exception {
    if (emf != null) {
      emf.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void openingTheDataSourceAppliedEveryMigration() throws Exception {
    Migrations.SchemaStatus status = Migrations.status(dataSource);

    assertThat(status.version()).isNotNull();
    assertThat(status.pending()).isZero();
    try (Connection c = dataSource.getConnection();
        ResultSet tables = c.getMetaData().getTables(null, "public", "app_user", null)) {
      assertThat(tables.next()).isTrue();
    }
  }

  @Test
  void migratingAgainChangesNothing() {
    assertThat(Migrations.migrate(dataSource).migrationsExecuted).isZero();
  }

  @Test
  void theUserRepositoryStoresAndFindsUsersByIdAndCaseInsensitiveEmail() {
    EntityManager em = emf.createEntityManager();
    UserRepository users = new UserRepository(em);
    User stored =
        new User(
            "Grace.Hopper@Example.org",
            "Grace Hopper",
            "PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==",
            true);

    em.getTransaction().begin();
    users.store(stored);
    em.getTransaction().commit();
    em.clear();

    User found = users.findByEmail("GRACE.HOPPER@example.org").orElseThrow();
    assertThat(found.id()).isEqualTo(stored.id());
    assertThat(found.name()).isEqualTo("Grace Hopper");
    assertThat(found.isAdmin()).isTrue();
    assertThat(found.createdAt()).isNotNull();
    assertThat(users.find(stored.id())).isPresent();
    assertThat(users.countEnabledAdmins()).isGreaterThanOrEqualTo(1);
    em.close();
  }

  @Test
  void theDatabaseRefusesASecondUserWithTheSameEmail() {
    EntityManager em = emf.createEntityManager();
    UserRepository users = new UserRepository(em);
    em.getTransaction().begin();
    users.store(new User("twin@example.org", "One", "x", false));
    em.getTransaction().commit();

    em.getTransaction().begin();
    users.store(new User("twin@example.org", "Two", "x", false));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> em.getTransaction().commit())
        .isInstanceOf(jakarta.persistence.RollbackException.class);
    em.close();
  }
}
