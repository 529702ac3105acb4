package org.cemtracker.bench;

import static org.cemtracker.bench.BenchServer.first;
import static org.cemtracker.bench.BenchServer.median;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cemtracker.model.ModelJson;
import org.cemtracker.results.CellRecompute;
import org.cemtracker.scoring.ScoringModel;

/**
 * Benchmark, not a test. Starts the packaged app on H2 (default) or on an embedded PostgreSQL
 * ({@code -Dbench.db=postgres}) with {@code CEM_BENCH_RESPONSES=N} (60 departments, one campaign of
 * the default model, N responses stored through the questionnaire service, then closed), and
 * measures in the same run, interleaved:
 *
 * <ul>
 *   <li>{@code GET /api/campaigns/{id}/results} through REST, and the service's own time from its
 *       {@code Server-Timing} header, against {@code GET /api/me} (same HTTP, authentication and
 *       JSON path) as the baseline;
 *   <li>a full recompute of the cell sums from the raw answers ({@link CellRecompute}) against a
 *       hand-written SQL {@code GROUP BY} of the same answers per department, tier and question.
 * </ul>
 *
 * Run after {@code mvn -DskipTests package}: {@code mvn -Pbench
 * -Dbench.main=org.cemtracker.bench.ResultsBench test-compile exec:java} (add {@code
 * -Dbench.db=postgres}, {@code -Dbench.responses=N}).
 */
public final class ResultsBench {

  static final int ROUNDS = 31;

  /** Recompute streams: one per core, as PostgreSQL's own parallel workers for the GROUP BY. */
  static final int STREAMS = Runtime.getRuntime().availableProcessors();

  public static void main(String[] args) throws Exception {
    try (BenchServer server = BenchServer.start(false)) {
      System.out.printf(
          "CEM Tracker results benchmark on %s: %,d responses of cem-maturity over 60"
              + " departments%n",
          server.database(), server.responses);
      server.seeded().forEach(System.out::println);
      String campaignId = server.campaignId(server.organisationId());
      reads(server, campaignId);
      if (!server.postgres) {
        server.stopApp();
      }
      recompute(server.jdbc, server.user, campaignId);
    }
  }

  /** Results through REST and in the service, against GET /api/me, interleaved. */
  private static void reads(BenchServer server, String campaignId) throws Exception {
    String url = "/api/campaigns/" + campaignId + "/results";
    HttpResponse<String> first = server.get(url);
    System.out.printf(
        "first results read after start: %s ms in the service, %,d bytes, %s released responses%n",
        serverTiming(first),
        first.body().length(),
        first(first.body(), "\"reach\":[^,]*,\"responses\":(\\d+)"));
    List<Double> rest = new ArrayList<>();
    List<Double> service = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      long t = System.nanoTime();
      server.get("/api/me");
      baseline.add((System.nanoTime() - t) / 1e6);
      t = System.nanoTime();
      HttpResponse<String> response = server.get(url);
      rest.add((System.nanoTime() - t) / 1e6);
      service.add(Double.parseDouble(serverTiming(response)));
    }
    double me = median(baseline);
    System.out.printf("baseline GET /api/me: median %.1f ms%n", me);
    System.out.printf(
        "results through REST:  median %.1f ms (min %.1f, max %.1f) = %.2f x the baseline%n",
        median(rest), Collections.min(rest), Collections.max(rest), median(rest) / me);
    System.out.printf(
        "results in the service: median %.1f ms (min %.1f, max %.1f) = %.2f x the baseline%n",
        median(service), Collections.min(service), Collections.max(service), median(service) / me);
  }

  /** The full recompute from raw answers against a GROUP BY of the same answers, interleaved. */
  private static void recompute(String jdbc, String user, String campaignId) throws Exception {
    // H2 would hand a repeated query its previous result: every read here must do its work
    String url = jdbc.startsWith("jdbc:h2:") ? jdbc + ";OPTIMIZE_REUSE_RESULTS=FALSE" : jdbc;
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      c.setAutoCommit(false);
      String snapshot;
      try (PreparedStatement s =
          c.prepareStatement("SELECT model_snapshot FROM campaign WHERE id = ?")) {
        s.setString(1, campaignId);
        try (ResultSet rows = s.executeQuery()) {
          rows.next();
          snapshot = rows.getString(1);
        }
      }
      ScoringModel model = new ScoringModel(ModelJson.read(snapshot));
      List<Double> groupBy = new ArrayList<>();
      List<Double> recompute = new ArrayList<>();
      long answers = 0;
      for (int i = 0; i < 7; i++) {
        long t = System.nanoTime();
        answers = groupBy(c, campaignId);
        groupBy.add((System.nanoTime() - t) / 1e6);
        t = System.nanoTime();
        CellRecompute.parallel(
            () -> DriverManager.getConnection(url, user, ""), campaignId, model, STREAMS);
        recompute.add((System.nanoTime() - t) / 1e6);
      }
      System.out.printf(
          "hand-written GROUP BY of %,d answers: median %.0f ms (of 7)%n",
          answers, median(groupBy));
      System.out.printf(
          "full recompute from raw answers (%d streams): median %.0f ms = %.2f x the GROUP BY%n",
          STREAMS, median(recompute), median(recompute) / median(groupBy));
    }
  }

  /** Count, sum and sum of squares per department, tier and question; returns the answers seen. */
  private static long groupBy(Connection c, String campaignId) throws Exception {
    long answers = 0;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT r.department_id, r.tier, a.question_id, COUNT(a.answer), SUM(a.answer),"
                + " SUM(a.answer * a.answer) FROM response_answer a"
                + " JOIN response r ON r.id = a.response_id WHERE r.campaign_id = ?"
                + " GROUP BY r.department_id, r.tier, a.question_id")) {
      s.setString(1, campaignId);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          rows.getString(1);
          rows.getString(2);
          rows.getString(3);
          answers += rows.getLong(4);
          rows.getLong(5);
          rows.getLong(6);
        }
      }
    }
    return answers;
  }

  private static String serverTiming(HttpResponse<String> response) {
    return first(response.headers().firstValue("Server-Timing").orElse(""), "dur=([0-9.]+)");
  }
}
