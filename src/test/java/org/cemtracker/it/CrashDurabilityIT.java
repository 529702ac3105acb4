package org.cemtracker.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §9: a submission acknowledged to the respondent survives kill -9 of the server, on the
 * default embedded H2 database. Runs the README's artifact, target/cem-tracker.jar.
 */
class CrashDurabilityIT {

  static final String ADMIN = "crash-admin@example.org";
  static final String PASSWORD = "crash-admin-password";

  @Test
  void anAcknowledgedSubmissionSurvivesKillMinusNine() throws Exception {
    Path data = Files.createTempDirectory("cem-crash");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port + "/";
    Process first = start(data, port);
    String token;
    String receipt;
    try {
      awaitReady(base, first);
      String orgId =
          admin(base).body(Map.of("name", "Crash test")).post("api/organisations").path("id");
      admin(base)
          .contentType("text/csv")
          .body("path,headcount,customerFacing\nSales,10,true\n")
          .put("api/organisations/" + orgId + "/departments")
          .then()
          .statusCode(200);
      String campaignId =
          admin(base)
              .body(Map.of("modelId", "cem-pulse", "name", "Wave"))
              .post("api/organisations/" + orgId + "/campaigns")
              .path("id");
      admin(base)
          .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
          .then()
          .statusCode(200);
      List<String> tokens =
          admin(base)
              .body(Map.of("departmentPath", "Sales", "tier", "LEADERSHIP", "count", 1))
              .post("api/campaigns/" + campaignId + "/invitations")
              .path("token");
      token = tokens.get(0);
      receipt =
          given()
              .baseUri(base)
              .contentType(ContentType.JSON)
              .body(Map.of("answers", Map.of("lead-1", 4)))
              .post("api/survey/" + token + "/submit")
              .then()
              .statusCode(201)
              .extract()
              .path("receipt");
    } finally {
      first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
    }

    Process second = start(data, port);
    try {
      awaitReady(base, second);
      given()
          .baseUri(base)
          .get("api/survey/" + token)
          .then()
          .statusCode(200)
          .body("submitted", org.hamcrest.Matchers.equalTo(true))
          .body("receipt", org.hamcrest.Matchers.equalTo(receipt));
    } finally {
      second.destroy();
      second.waitFor();
    }
  }

  private static RequestSpecification admin(String base) {
    return given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .auth()
        .preemptive()
        .basic(ADMIN, PASSWORD);
  }

  private static Process start(Path data, int port) throws Exception {
    File jar = new File("target/cem-tracker.jar");
    assertThat(jar).exists();
    return new ProcessBuilder(
            System.getProperty("java.home") + "/bin/java",
            "-Xmx512m",
            "-Dcem.data.dir=" + data,
            "-Dcem.admin.email=" + ADMIN,
            "-Dcem.admin.password=" + PASSWORD,
            "-jar",
            jar.getPath(),
            "--port",
            Integer.toString(port))
        .redirectErrorStream(true)
        .redirectOutput(data.resolve("server-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  private static void awaitReady(String base, Process process) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the server is running").isTrue();
      try {
        if (given().baseUri(base).get("health/ready").statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the server did not become ready");
  }
}
