package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.cemtracker.account.Secrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL as the second line of defence (issue 14), on the README's artifact: the app connects
 * as a role that is neither superuser nor exempt from row-level security, with its own tenant check
 * switched off (the test-only {@code cem.test.no-tenant-check}) — and still a member of one
 * organisation reads nothing of another, and the whole bad-input corpus gets the answers it gets on
 * H2.
 */
class BadInputPostgresIT {

  static EmbeddedPostgres postgres;
  static AppProcess app;
  static Api api;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection db = postgres.getPostgresDatabase().getConnection();
        Statement sql = db.createStatement()) {
      sql.execute("CREATE ROLE cem_app LOGIN PASSWORD 'cem-app-secret' NOSUPERUSER NOBYPASSRLS");
      sql.execute("CREATE DATABASE cem OWNER cem_app");
    }
    app =
        AppProcess.start(
            Files.createTempDirectory("cem-rls"),
            AppProcess.freePort(),
            "-Dcem.db.url=" + postgres.getJdbcUrl("cem_app", "cem"),
            "-Dcem.db.user=cem_app",
            "-Dcem.db.password=cem-app-secret",
            "-Dcem.test.no-tenant-check=true");
    api = new Api(URI.create(app.base).toURL(), AppProcess.ADMIN, AppProcess.PASSWORD);
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void withItsOwnCheckOffTheAppStillReadsNothingOfAnotherTenant() throws Exception {
    String org = api.organisation("Mine " + System.nanoTime(), 3, BadInputCorpus.DEPARTMENTS);
    String campaign = api.campaign(org, "cem-pulse", "Wave", "LEADERSHIP");
    String initiative =
        api.admin()
            .body(Map.of("title", "Private plan"))
            .post("api/organisations/" + org + "/initiatives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.TestUser outsider =
        api.member(
            api.organisation("Other " + System.nanoTime(), 3, BadInputCorpus.DEPARTMENTS),
            "CONSULTANT");
    List<String> reads =
        List.of(
            "api/organisations/" + org,
            "api/organisations/" + org + "/departments",
            "api/organisations/" + org + "/members",
            "api/organisations/" + org + "/campaigns",
            "api/organisations/" + org + "/initiatives",
            "api/organisations/" + org + "/audit",
            "api/campaigns/" + campaign,
            "api/campaigns/" + campaign + "/results",
            "api/initiatives/" + initiative);
    for (String path : reads) {
      Response read = api.as(outsider.email(), outsider.password()).get(path);
      assertThat(read.statusCode()).as(path).isEqualTo(404);
    }
    List<String> names =
        api.as(outsider.email(), outsider.password())
            .get("api/organisations")
            .then()
            .extract()
            .path("name");
    assertThat(names).noneMatch(name -> name.startsWith("Mine "));

    // the switch is on: without row-level security on departments the outsider reads them
    try (Connection db = postgres.getDatabase("postgres", "cem").getConnection();
        Statement sql = db.createStatement()) {
      try (ResultSet role =
          sql.executeQuery(
              "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'cem_app'")) {
        assertThat(role.next()).isTrue();
        assertThat(role.getBoolean(1)).isFalse();
        assertThat(role.getBoolean(2)).isFalse();
      }
      sql.execute("ALTER TABLE organisation NO FORCE ROW LEVEL SECURITY");
      sql.execute("ALTER TABLE department NO FORCE ROW LEVEL SECURITY");
      try {
        List<String> leaked =
            api.as(outsider.email(), outsider.password())
                .get("api/organisations/" + org + "/departments")
                .then()
                .statusCode(200)
                .extract()
                .path("path");
        assertThat(leaked).contains("Sales");
      } finally {
        sql.execute("ALTER TABLE organisation FORCE ROW LEVEL SECURITY");
        sql.execute("ALTER TABLE department FORCE ROW LEVEL SECURITY");
      }
    }
  }

  @Test
  void aSharedSummaryIsReadByItsLinkOnlyWhateverTheReadersScope() throws Exception {
    String org = api.organisation("Shared " + System.nanoTime(), 3, BadInputCorpus.DEPARTMENTS);
    String campaign = api.campaign(org, "cem-pulse", "Wave", "LEADERSHIP");
    for (int i = 0; i < 3; i++) {
      api.respond(campaign, "Sales", "LEADERSHIP", Map.of("lead-1", 4));
    }
    api.close(campaign);
    api.publish(campaign);
    String url =
        api.admin()
            .post("api/campaigns/" + campaign + "/summary-link")
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    String token = url.substring(url.lastIndexOf('/') + 1);
    // anyone with the link: no caller, or a member of another organisation
    api.anonymous().get("api/summaries/" + token).then().statusCode(200);
    Api.TestUser outsider =
        api.member(
            api.organisation("Elsewhere " + System.nanoTime(), 3, BadInputCorpus.DEPARTMENTS),
            "CONSULTANT");
    api.as(outsider.email(), outsider.password())
        .get("api/summaries/" + token)
        .then()
        .statusCode(200);

    // the second line of defence: in the scopes the app gives its connections, the table lists
    // nothing but the row a connection names, or its own organisations' rows
    try (Connection db = postgres.getDatabase("cem_app", "cem").getConnection();
        Statement sql = db.createStatement()) {
      sql.execute("SELECT set_config('cem.scope', 'respondent', false)");
      assertThat(count(sql, "SELECT count(*) FROM shared_summary")).isZero();
      sql.execute("SELECT set_config('cem.summary', '" + Secrets.sha256(token) + "', false)");
      assertThat(count(sql, "SELECT count(*) FROM shared_summary")).isEqualTo(1);
      sql.execute("SELECT set_config('cem.summary', '', false)");
      sql.execute("SELECT set_config('cem.scope', 'member', false)");
      sql.execute("SELECT set_config('cem.orgs', 'no-such-organisation', false)");
      assertThat(count(sql, "SELECT count(*) FROM shared_summary")).isZero();
      sql.execute("SELECT set_config('cem.orgs', '" + org + "', false)");
      assertThat(count(sql, "SELECT count(*) FROM shared_summary")).isEqualTo(1);
    }
  }

  private static long count(Statement sql, String query) throws Exception {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void aConsultantMakesAnOrganisationAndWritesItsRowsInTheSameRequestsAsItsMaker() {
    Api.TestUser consultant =
        api.member(
            api.organisation("First client " + System.nanoTime(), 3, BadInputCorpus.DEPARTMENTS),
            "CONSULTANT");
    String made =
        api.as(consultant.email(), consultant.password())
            .body(Map.of("name", "Second client " + System.nanoTime()))
            .post("api/organisations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as(consultant.email(), consultant.password())
        .contentType("text/csv")
        .body(BadInputCorpus.DEPARTMENTS)
        .put("api/organisations/" + made + "/departments")
        .then()
        .statusCode(200);
    List<String> roles =
        api.as(consultant.email(), consultant.password())
            .get("api/organisations/" + made + "/members")
            .then()
            .statusCode(200)
            .extract()
            .path("role");
    assertThat(roles).contains("CONSULTANT");
  }

  @Test
  void aRespondentOfAnOpenLinkAnswersWithinTheRespondentsShare() throws Exception {
    String org = api.organisation("Open " + System.nanoTime(), 3, BadInputCorpus.DEPARTMENTS);
    String campaign = api.campaign(org, "cem-pulse", "Wave", "LEADERSHIP");
    String open =
        api.admin()
            .post("api/campaigns/" + campaign + "/open-link")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    List<String> departments =
        api.anonymous()
            .get("api/survey/open/" + open)
            .then()
            .statusCode(200)
            .extract()
            .path("departmentPaths");
    assertThat(departments).contains("Sales", "Ops");
    String token =
        api.anonymous()
            .body(Map.of("departmentPath", "Sales", "tier", "LEADERSHIP"))
            .post("api/survey/open/" + open + "/start")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    String question =
        api.anonymous()
            .get("api/survey/" + token)
            .then()
            .statusCode(200)
            .extract()
            .path("sections[0].questions[0].id");
    api.anonymous()
        .body(Map.of("answers", Map.of(question, 4)))
        .put("api/survey/" + token + "/draft")
        .then()
        .statusCode(204);
    api.anonymous()
        .body(Map.of("answers", Map.of(question, 4)))
        .post("api/survey/" + token + "/submit")
        .then()
        .statusCode(201);
    // what a respondent's connection may see: campaigns and departments, never a response
    try (Connection db = postgres.getDatabase("cem_app", "cem").getConnection();
        Statement sql = db.createStatement()) {
      sql.execute("SELECT set_config('cem.scope', 'respondent', false)");
      try (ResultSet seen = sql.executeQuery("SELECT count(*) FROM response")) {
        seen.next();
        assertThat(seen.getInt(1)).isZero();
      }
      try (ResultSet seen =
          sql.executeQuery("SELECT count(*) FROM campaign WHERE id = '" + campaign + "'")) {
        seen.next();
        assertThat(seen.getInt(1)).isEqualTo(1);
      }
      sql.execute("SELECT set_config('cem.scope', 'system', false)");
      try (ResultSet stored =
          sql.executeQuery(
              "SELECT (SELECT count(*) FROM response WHERE campaign_id = '"
                  + campaign
                  + "')"
                  + " + (SELECT count(*) FROM submission_queue WHERE campaign_id = '"
                  + campaign
                  + "')")) {
        stored.next();
        assertThat(stored.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void everyBadInputIsRefusedByNameAndChangesNothingOnPostgres() {
    new BadInputRun(new BadInputCorpus(api)).runAll();
  }
}
