package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §9: a submission acknowledged to the respondent survives kill -9 of the server, on the
 * default embedded H2 database — killed after the acknowledgement and before the queue's writer
 * moved it (one submission is less than a batch), it is moved at the close, and counted once. A
 * phase planned to open while the server was down opens once it is back (issue 16).
 */
class CrashDurabilityIT {

  private static final int PLANNED_IN = 10;

  @Test
  void anAcknowledgedSubmissionSurvivesKillMinusNine() throws Exception {
    Path data = Files.createTempDirectory("cem-crash");
    int port = AppProcess.freePort();
    String campaignId;
    String token;
    String receipt;
    AppProcess first = AppProcess.start(data, port);
    try {
      String orgId =
          first.admin().body(Map.of("name", "Crash test")).post("api/organisations").path("id");
      first
          .admin()
          .contentType("text/csv")
          .body("path,headcount,customerFacing\nSales,10,true\n")
          .put("api/organisations/" + orgId + "/departments")
          .then()
          .statusCode(200);
      campaignId =
          first
              .admin()
              .body(Map.of("modelId", "cem-pulse", "name", "Wave"))
              .post("api/organisations/" + orgId + "/campaigns")
              .path("id");
      first
          .admin()
          .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
          .then()
          .statusCode(200);
      List<String> tokens =
          first
              .admin()
              .body(Map.of("departmentPath", "Sales", "tier", "LEADERSHIP", "count", 1))
              .post("api/campaigns/" + campaignId + "/invitations")
              .path("token");
      token = tokens.get(0);
      receipt =
          first
              .anonymous()
              .body(Map.of("answers", Map.of("lead-1", 4)))
              .post("api/survey/" + token + "/submit")
              .then()
              .statusCode(201)
              .extract()
              .path("receipt");
      // a phase planned to open while the server is down opens once it is back (issue 16)
      first
          .admin()
          .body(
              Map.of(
                  "opens",
                  Map.of(
                      "MANAGEMENT",
                      OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(PLANNED_IN).toString())))
          .put("api/campaigns/" + campaignId + "/plan")
          .then()
          .statusCode(200);
    } finally {
      first.kill();
    }
    try (AppProcess second = AppProcess.start(data, port)) {
      second
          .anonymous()
          .get("api/survey/" + token)
          .then()
          .statusCode(200)
          .body("submitted", equalTo(true))
          .body("receipt", equalTo(receipt));
      second
          .anonymous()
          .body(Map.of("answers", Map.of("lead-1", 2)))
          .post("api/survey/" + token + "/submit")
          .then()
          .statusCode(200)
          .body("receipt", equalTo(receipt));
      awaitOpen(second, campaignId, "MANAGEMENT");
      second.admin().post("api/campaigns/" + campaignId + "/close").then().statusCode(200);
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + data.resolve("cem"), "sa", "");
        Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT COUNT(*) FROM submission_queue")).isZero();
      assertThat(count(s, "SELECT COUNT(*) FROM response")).isEqualTo(1);
      assertThat(count(s, "SELECT SUM(responses) FROM result_cell")).isEqualTo(1);
      assertThat(count(s, "SELECT COUNT(*) FROM response_answer WHERE answer = 4")).isEqualTo(1);
    }
  }

  /** The planned step is due before the second server is up; its timer runs every minute. */
  private static void awaitOpen(AppProcess app, String campaignId, String tier)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    while (true) {
      List<String> open =
          app.admin()
              .get("api/campaigns/" + campaignId)
              .then()
              .statusCode(200)
              .extract()
              .path("phases.findAll { it.open }.tier");
      if (open.contains(tier)) {
        return;
      }
      assertThat(System.nanoTime()).as("the planned " + tier + " phase opens").isLessThan(deadline);
      Thread.sleep(2000);
    }
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
