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

  @Test
  void anInitiativeWithItsPartsIsStoredReadAndVersionedOnPostgres() {
    EntityManager em = emf.createEntityManager();
    org.cemtracker.organisation.Organisation organisation =
        new org.cemtracker.organisation.Organisation("PG initiatives", "Retail", 5);
    org.cemtracker.initiative.Initiative initiative =
        new org.cemtracker.initiative.Initiative(
            organisation.id(), "Journey maps", org.cemtracker.initiative.InitiativeStatus.PROPOSED);
    initiative.schedule(
        java.time.LocalDate.parse("2027-01-01"), java.time.LocalDate.parse("2027-06-30"));
    initiative.replaceMilestones(
        java.util.List.of(
            new org.cemtracker.initiative.Initiative.MilestonePlan(
                null, "Workshop", java.time.LocalDate.parse("2027-02-01"), false)));
    initiative.replaceKpis(
        java.util.List.of(
            new org.cemtracker.initiative.Initiative.KpiPlan(
                null, "NPS", "points", 10.0, 30.0, null)));
    initiative.checkIn(
        java.time.LocalDate.parse("2027-01-15"),
        org.cemtracker.initiative.Rag.AMBER,
        "Slow",
        "a@example.org");
    em.getTransaction().begin();
    em.persist(organisation);
    em.flush();
    em.persist(initiative);
    em.getTransaction().commit();
    em.clear();

    em.getTransaction().begin();
    org.cemtracker.initiative.Initiative found =
        em.find(org.cemtracker.initiative.Initiative.class, initiative.id());
    long version = found.version();
    found.measure(found.kpis().get(0).id(), java.time.LocalDate.parse("2027-02-28"), 14);
    em.getTransaction().commit();
    em.clear();

    org.cemtracker.initiative.Initiative again =
        em.find(org.cemtracker.initiative.Initiative.class, initiative.id());
    assertThat(again.version()).isGreaterThan(version);
    assertThat(again.milestones()).hasSize(1);
    assertThat(again.kpis().get(0).measurements()).hasSize(1);
    assertThat(again.checkIns().get(0).rag()).isEqualTo(org.cemtracker.initiative.Rag.AMBER);
    assertThat(again.rag()).isEqualTo(org.cemtracker.initiative.Rag.AMBER);

    em.getTransaction().begin();
    em.createNativeQuery(
            "INSERT INTO audit_event (id, organisation_id, at, actor_email, action, entity, entity_id, changes)"
                + " VALUES ('e1', ?, CURRENT_TIMESTAMP, 'a@example.org', 'CREATED', 'initiative', ?, '{}')")
        .setParameter(1, organisation.id())
        .setParameter(2, initiative.id())
        .executeUpdate();
    em.getTransaction().commit();
    assertThat(
            em.createQuery(
                    "select e from AuditEvent e where e.organisationId = :o order by e.at desc, e.id",
                    org.cemtracker.audit.AuditEvent.class)
                .setParameter("o", organisation.id())
                .getResultList())
        .extracting(org.cemtracker.audit.AuditEvent::action)
        .containsExactly("CREATED");
    em.getTransaction().begin();
    em.remove(em.find(org.cemtracker.initiative.Initiative.class, initiative.id()));
    em.getTransaction().commit();
    assertThat(em.find(org.cemtracker.initiative.Initiative.class, initiative.id())).isNull();
    em.close();
  }
}
