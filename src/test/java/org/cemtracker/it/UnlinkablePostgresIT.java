package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §9 against the owner of a PostgreSQL database: the query that paired every response with
 * its invitation (and so its e-mail: the same transaction id, {@code xmin}) pairs nothing, neither
 * for the answers, the comments nor the results' cells, and the physical order of the response rows
 * ({@code ctid}) is not the order the invitations were used in. Runs the README's artifact on an
 * embedded PostgreSQL.
 */
class UnlinkablePostgresIT {

  static final int BATCH = 20;
  static final int SUBMISSIONS = 25;

  @Test
  void noResponseSharesATransactionOrAnOrderWithItsInvitation() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Path data = Files.createTempDirectory("cem-unlinkable");
      try (AppProcess app =
              AppProcess.start(
                  data,
                  AppProcess.freePort(),
                  "-Dcem.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                  "-Dcem.db.user=postgres");
          Connection db = postgres.getPostgresDatabase().getConnection();
          Statement sql = db.createStatement()) {
        String orgId =
            app.admin().body(Map.of("name", "Unlinkable")).post("api/organisations").path("id");
        app.admin()
            .contentType("text/csv")
            .body("path,headcount,customerFacing\nSales,60,true\n")
            .put("api/organisations/" + orgId + "/departments")
            .then()
            .statusCode(200);
        String campaign =
            app.admin()
                .body(Map.of("modelId", "cem-pulse", "name", "Wave"))
                .post("api/organisations/" + orgId + "/campaigns")
                .path("id");
        app.admin()
            .post("api/campaigns/" + campaign + "/phases/LEADERSHIP/open")
            .then()
            .statusCode(200);
        List<String> tokens =
            app.admin()
                .body(Map.of("departmentPath", "Sales", "tier", "LEADERSHIP", "count", SUBMISSIONS))
                .post("api/campaigns/" + campaign + "/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        for (int i = 0; i < BATCH; i++) {
          submit(app, tokens.get(i), i);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count(sql, "SELECT COUNT(*) FROM response") < BATCH
            && Instant.now().isBefore(deadline)) {
          Thread.sleep(200);
        }
        assertThat(count(sql, "SELECT COUNT(*) FROM response")).isEqualTo(BATCH);
        assertThat(count(sql, "SELECT COUNT(*) FROM submission_queue")).isZero();
        assertNothingPairs(sql);
        List<Integer> order = storageOrder(sql);
        assertThat(order).hasSize(BATCH).doesNotHaveDuplicates();
        assertThat(order).isNotEqualTo(IntStream.range(0, BATCH).boxed().toList());
        for (int i = BATCH; i < SUBMISSIONS; i++) {
          submit(app, tokens.get(i), i);
        }

        // the attack works on what does share a transaction: the submissions still queued
        assertThat(
                count(
                    sql,
                    "SELECT COUNT(*) FROM submission_queue q JOIN invitation i ON q.xmin = i.xmin"))
            .isEqualTo(SUBMISSIONS - BATCH);
        app.admin().post("api/campaigns/" + campaign + "/close").then().statusCode(200);
        assertThat(count(sql, "SELECT COUNT(*) FROM response")).isEqualTo(SUBMISSIONS);
        assertThat(count(sql, "SELECT COUNT(*) FROM submission_queue")).isZero();
        assertNothingPairs(sql);

        // many at once, as a burst comes: every one acknowledged, none lost to a deadlock between
        // submits (cell locks), the writer and the close (the campaign's lock, then cells)
        String burst =
            app.admin()
                .body(Map.of("modelId", "cem-pulse", "name", "Burst"))
                .post("api/organisations/" + orgId + "/campaigns")
                .path("id");
        app.admin()
            .post("api/campaigns/" + burst + "/phases/LEADERSHIP/open")
            .then()
            .statusCode(200);
        List<String> many =
            app.admin()
                .body(Map.of("departmentPath", "Sales", "tier", "LEADERSHIP", "count", 120))
                .post("api/campaigns/" + burst + "/invitations")
                .path("token");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (String token : many) {
          statuses.add(
              clients.submit(
                  () ->
                      app.anonymous()
                          .body(Map.of("answers", Map.of("lead-1", 3)))
                          .post("api/survey/" + token + "/submit")
                          .statusCode()));
        }
        for (Future<Integer> status : statuses) {
          assertThat(status.get()).isEqualTo(201);
        }
        clients.shutdown();
        app.admin().post("api/campaigns/" + burst + "/close").then().statusCode(200);
        assertThat(
                count(
                    sql,
                    "SELECT COUNT(*) FROM response r JOIN campaign c ON c.id = r.campaign_id"
                        + " WHERE c.name = 'Burst'"))
            .isEqualTo(120);
        assertThat(count(sql, "SELECT COUNT(*) FROM submission_queue")).isZero();
      }
    }
  }

  /** Submission i answers lead-1 and reach-1 so that i can be read back, with a comment. */
  private static void submit(AppProcess app, String token, int i) {
    app.anonymous()
        .body(
            Map.of(
                "answers", Map.of("lead-1", 1 + i % 5, "reach-1", 1 + i / 5),
                "comments", Map.of("lead-1", "comment " + i)))
        .post("api/survey/" + token + "/submit")
        .then()
        .statusCode(201);
  }

  private static void assertNothingPairs(Statement sql) throws Exception {
    for (String table : List.of("response", "response_answer", "result_comment", "result_cell")) {
      assertThat(
              count(
                  sql, "SELECT COUNT(*) FROM " + table + " t JOIN invitation i ON t.xmin = i.xmin"))
          .as("rows of %s in the transaction of a used invitation", table)
          .isZero();
    }
  }

  /** The submissions' numbers in the physical order of the response rows. */
  private static List<Integer> storageOrder(Statement sql) throws Exception {
    List<Integer> order = new ArrayList<>();
    try (ResultSet rows =
        sql.executeQuery(
            "SELECT (SELECT a.answer FROM response_answer a WHERE a.response_id = r.id AND"
                + " a.question_id = 'lead-1'), (SELECT a.answer FROM response_answer a WHERE"
                + " a.response_id = r.id AND a.question_id = 'reach-1') FROM response r ORDER BY"
                + " r.ctid")) {
      while (rows.next()) {
        order.add(rows.getInt(1) - 1 + 5 * (rows.getInt(2) - 1));
      }
    }
    return order;
  }

  private static long count(Statement sql, String query) throws Exception {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
