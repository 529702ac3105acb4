package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §9: a submission acknowledged to the respondent survives kill -9 of the server, on the
 * default embedded H2 database — killed after the acknowledgement and before the queue's writer
 * moved it (one submission is less than a batch), it is moved at the close, and counted once.
 */
class CrashDurabilityIT {

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

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
