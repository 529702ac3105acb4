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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cemtracker.base.persistence.DatabaseSettings;

/**
 * The packaged app started for a benchmark: on H2 (default) or an embedded PostgreSQL ({@code
 * -Dbench.db=postgres}), seeded with {@code N} responses of the default model over 60 departments
 * ({@code -Dbench.responses=N}), with an administrator to call it as and, when asked, JMX open on
 * the loopback for the bench to read the app's heap.
 */
final class BenchServer implements AutoCloseable {

  static final String ADMIN = "bench@example.org";
  static final String PASSWORD = "bench-password-123";

  final boolean postgres;
  final int responses;
  final String jdbc;
  final String user;
  final String base;
  final Path data;
  final int jmxPort;
  private final EmbeddedPostgres pg;
  private int scratches;
  private final Process app;
  private final HttpClient http =
      HttpClient.newBuilder()
          // as browsers and proxies speak to it over plain HTTP (no h2c upgrade)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private BenchServer(boolean withJmx, int seeded) throws Exception {
    responses = seeded;
    postgres = "postgres".equals(System.getProperty("bench.db", "h2"));
    data = Files.createTempDirectory("cem-bench");
    pg = postgres ? EmbeddedPostgres.builder().start() : null;
    jdbc =
        postgres
            ? pg.getJdbcUrl("postgres", "postgres")
            : "jdbc:h2:file:" + data.resolve("cem") + DatabaseSettings.H2_OPTIONS;
    user = postgres ? "postgres" : "sa";
    base = "http://127.0.0.1:" + freePort();
    jmxPort = withJmx ? freePort() : 0;
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + "/bin/java");
    command.add("-Xmx1g");
    command.add("-XX:+HeapDumpOnOutOfMemoryError");
    command.add("-XX:HeapDumpPath=" + data);
    if (withJmx) {
      command.add("-Djava.rmi.server.hostname=127.0.0.1");
      command.add("-Dcom.sun.management.jmxremote.host=127.0.0.1");
      command.add("-Dcom.sun.management.jmxremote.port=" + jmxPort);
      command.add("-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort);
      command.add("-Dcom.sun.management.jmxremote.authenticate=false");
      command.add("-Dcom.sun.management.jmxremote.ssl=false");
    }
    String extra = System.getProperty("bench.jvmArgs", "").strip();
    if (!extra.isEmpty()) {
      // e.g. -Dbench.jvmArgs=-XX:StartFlightRecording=filename=app.jfr,settings=profile
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.add("-Dcem.data.dir=" + data);
    command.add("-Dcem.db.url=" + jdbc);
    command.add("-Dcem.db.user=" + user);
    command.add("-Dcem.bench.responses=" + responses);
    command.add("-Dcem.admin.email=" + ADMIN);
    command.add("-Dcem.admin.password=" + PASSWORD);
    command.addAll(List.of("-jar", new File("target/cem-tracker.jar").getPath()));
    command.addAll(List.of("--port", base.substring(base.lastIndexOf(':') + 1)));
    app =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("server.log").toFile())
            .start();
  }

  /**
   * Starts the app seeded with {@code -Dbench.responses} (default 50,000) and waits until ready.
   */
  static BenchServer start(boolean withJmx) throws Exception {
    return start(withJmx, Integer.getInteger("bench.responses", 50_000));
  }

  /** Starts the app seeded with that many responses (0: none) and waits until it is ready. */
  static BenchServer start(boolean withJmx, int seeded) throws Exception {
    BenchServer server = new BenchServer(withJmx, seeded);
    try {
      server.waitUntilReady();
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  String database() {
    return postgres ? "PostgreSQL" : "H2";
  }

  /** The lines the seeding wrote about itself. */
  List<String> seeded() throws IOException {
    try (var lines = Files.lines(data.resolve("server.log"))) {
      return lines
          .filter(l -> l.contains("Benchmark data:"))
          .map(l -> l.substring(l.indexOf("Benchmark data:")))
          .toList();
    }
  }

  String organisationId() throws Exception {
    return first(
        get("/api/organisations").body(),
        "\"id\":\"([^\"]+)\"[^}]*\"name\":\"Benchmark organisation\"",
        "\"name\":\"Benchmark organisation\"[^}]*\"id\":\"([^\"]+)\"");
  }

  String campaignId(String organisationId) throws Exception {
    return first(
        get("/api/organisations/" + organisationId + "/campaigns").body(), "\"id\":\"([^\"]+)\"");
  }

  /** A JDBC address of a new, empty database of the same kind and settings as the app's. */
  String scratchDatabase() throws Exception {
    String name = "scratch" + ++scratches;
    if (!postgres) {
      return "jdbc:h2:file:" + data.resolve(name) + DatabaseSettings.H2_OPTIONS;
    }
    try (Connection c = DriverManager.getConnection(jdbc, user, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return pg.getJdbcUrl("postgres", name);
  }

  /** Stops the app (an embedded H2 file is then free for the bench to open). */
  void stopApp() throws InterruptedException {
    app.destroy();
    app.waitFor();
  }

  HttpResponse<String> get(String path) throws Exception {
    return check(path, http.send(request(path).build(), HttpResponse.BodyHandlers.ofString()));
  }

  HttpResponse<byte[]> bytes(String path) throws Exception {
    return check(path, http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray()));
  }

  /** The app's H2 file, or -1 on PostgreSQL. */
  long databaseBytes() throws IOException {
    Path file = data.resolve("cem.mv.db");
    return postgres || !Files.exists(file) ? -1 : Files.size(file);
  }

  /** An unauthenticated POST of JSON, as a respondent's browser sends it; status and time. */
  HttpResponse<String> anonymousPost(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(5))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> put(String path, String contentType, byte[] body) throws Exception {
    return send(path, contentType, "PUT", body);
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    return send(path, contentType, "POST", body);
  }

  private HttpResponse<String> send(String path, String contentType, String method, byte[] body)
      throws Exception {
    return check(
        path,
        http.send(
            request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  private HttpRequest.Builder request(String path) {
    String auth =
        Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + auth)
        .header("Accept", "*/*")
        .timeout(Duration.ofMinutes(30));
  }

  private static <T> HttpResponse<T> check(String path, HttpResponse<T> response) {
    if (response.statusCode() / 100 != 2) {
      Object body = response.body();
      throw new IllegalStateException(
          path
              + " answered "
              + response.statusCode()
              + ": "
              + (body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : body));
    }
    return response;
  }

  private void waitUntilReady() throws Exception {
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

  @Override
  public void close() throws Exception {
    stopApp();
    if (pg != null) {
      pg.close();
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  static String first(String text, String... patterns) {
    for (String pattern : patterns) {
      Matcher m = Pattern.compile(pattern).matcher(text);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new IllegalStateException(
        "not found in " + text.substring(0, Math.min(300, text.length())));
  }

  private static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }
}
