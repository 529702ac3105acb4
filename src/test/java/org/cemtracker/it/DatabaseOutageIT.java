package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running app and comes back: meanwhile every call — signed in, the
 * respondent's, readiness — is refused at once with a JSON 503 and Retry-After (not after
 * EclipseLink's 10 s of retries, not as an empty 500 from the authentication layer), and afterwards
 * the app serves again without a restart.
 */
class DatabaseOutageIT {

  @Test
  void aLostDatabaseIsAFastJson503AndTheAppRecoversWithoutARestart() throws Exception {
    Path pgData = Files.createTempDirectory("cem-outage-pg");
    int pgPort = AppProcess.freePort();
    EmbeddedPostgres postgres = start(pgPort, pgData);
    Path data = Files.createTempDirectory("cem-outage");
    try (AppProcess app =
        AppProcess.start(
            data,
            AppProcess.freePort(),
            "-Dcem.db.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
            "-Dcem.db.user=postgres")) {
      app.admin().get("api/organisations").then().statusCode(200);

      postgres.close();
      Instant before = Instant.now();
      Response signedIn = app.admin().get("api/organisations");
      Response respondent = app.anonymous().get("api/survey/some-token-of-a-respondent");
      Duration took = Duration.between(before, Instant.now());

      for (Response refused : new Response[] {signedIn, respondent}) {
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/json");
        assertThat(refused.jsonPath().getString("error")).contains("database cannot be reached");
        assertThat(refused.header("Retry-After")).isEqualTo("5");
      }
      assertThat(took).as("both refusals").isLessThan(Duration.ofSeconds(5));
      assertThat(app.anonymous().get("health/ready").statusCode()).isEqualTo(503);

      postgres = start(pgPort, pgData);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      int status = 0;
      while (Instant.now().isBefore(deadline) && status != 200) {
        status = app.admin().get("api/organisations").statusCode();
        Thread.sleep(200);
      }
      assertThat(status).as("served again once the database is back").isEqualTo(200);
      assertThat(app.anonymous().get("health/ready").statusCode()).isEqualTo(200);
    } finally {
      postgres.close();
    }
  }

  private static EmbeddedPostgres start(int port, Path data) throws Exception {
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .start();
  }
}
