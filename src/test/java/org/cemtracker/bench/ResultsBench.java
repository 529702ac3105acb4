package org.cemtracker.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  static final String ADMIN = "bench@example.org";
  static final String PASSWORD = "bench-password-123";
  static final int ROUNDS = 31;

  /** Recompute streams: one per core, as PostgreSQL's own parallel workers for the GROUP BY. */
  static final int STREAMS = Runtime.getRuntime().availableProcessors();

  public static void main(String[] args) throws Exception {
    int responses = Integer.getInteger("bench.responses", 50_000);
    boolean postgres = "postgres".equals(System.getProperty("bench.db", "h2"));
    Path data = Files.createTempDirectory("cem-bench");
    EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null;
    String jdbc =
        postgres
            ? pg.getJdbcUrl("postgres", "postgres")
            : "jdbc:h2:file:" + data.resolve("cem") + ";WRITE_DELAY=0";
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port;
    long start = System.nanoTime();
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + "/bin/java");
    command.add("-Xmx1g");
    command.add("-Dcem.data.dir=" + data);
    command.add("-Dcem.db.url=" + jdbc);
    command.add("-Dcem.db.user=" + (postgres ? "postgres" : "sa"));
    command.add("-Dcem.bench.responses=" + responses);
    command.add("-Dcem.admin.email=" + ADMIN);
    command.add("-Dcem.admin.password=" + PASSWORD);
    command.addAll(List.of("-jar", new File("target/cem-tracker.jar").getPath()));
    command.addAll(List.of("--port", Integer.toString(port)));
    Process app =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("server.log").toFile())
            .start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      waitUntilReady(http, base, app, data);
      System.out.printf(
          "CEM Tracker results benchmark on %s: %,d responses of cem-maturity over 60"
              + " departments%n",
          postgres ? "PostgreSQL" : "H2", responses);
      System.out.printf("start-up including seeding: %.0f s%n", (System.nanoTime() - start) / 1e9);
      Files.lines(data.resolve("server.log"))
          .filter(l -> l.contains("Benchmark data:"))
          .forEach(l -> System.out.println(l.substring(l.indexOf("Benchmark data:"))));
      String orgId =
          first(
              get(http, base + "/api/organisations").body(),
              "\"id\":\"([^\"]+)\"[^}]*\"name\":\"Benchmark organisation\"",
              "\"name\":\"Benchmark organisation\"[^}]*\"id\":\"([^\"]+)\"");
      String campaignId =
          first(
              get(http, base + "/api/organisations/" + orgId + "/campaigns").body(),
              "\"id\":\"([^\"]+)\"");
      reads(http, base, campaignId);
      if (!postgres) {
        app.destroy();
        app.waitFor();
      }
      recompute(jdbc, postgres ? "postgres" : "sa", campaignId);
    } finally {
      app.destroy();
      app.waitFor();
      if (pg != null) {
        pg.close();
      }
    }
  }

  /** Results through REST and in the service, against GET /api/me, interleaved. */
  private static void reads(HttpClient http, String base, String campaignId) throws Exception {
    String url = base + "/api/campaigns/" + campaignId + "/results";
    HttpResponse<String> first = get(http, url);
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
      get(http, base + "/api/me");
      baseline.add((System.nanoTime() - t) / 1e6);
      t = System.nanoTime();
      HttpResponse<String> response = get(http, url);
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

  private static void waitUntilReady(HttpClient http, String base, Process app, Path data)
      throws Exception {
    while (true) {
      if (!app.isAlive()) {
        throw new IllegalStateException("the app stopped; see " + data.resolve("server.log"));
      }
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException starting) {
        // not listening yet
      }
      Thread.sleep(2000);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String serverTiming(HttpResponse<String> response) {
    return first(response.headers().firstValue("Server-Timing").orElse(""), "dur=([0-9.]+)");
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    String auth =
        Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + auth)
                .timeout(Duration.ofMinutes(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static String first(String text, String... patterns) {
    for (String pattern : patterns) {
      Matcher m = Pattern.compile(pattern).matcher(text);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new IllegalStateException(
        "not found in " + text.substring(0, Math.min(300, text.length())));
  }
}
