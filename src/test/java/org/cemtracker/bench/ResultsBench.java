package org.cemtracker.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: starts the packaged app with {@code CEM_BENCH_RESPONSES=N} (60
 * departments, one campaign of the default model, N responses stored through the questionnaire
 * service), then times {@code GET /api/campaigns/{id}/results} cold (first call: every answer read
 * and scored) and warm (cached by fingerprint). Run: {@code mvn -Pbench -Dbench.main=
 * org.cemtracker.bench.ResultsBench test-compile exec:java} after {@code mvn -DskipTests package}.
 */
public final class ResultsBench {

  static final String ADMIN = "bench@example.org";
  static final String PASSWORD = "bench-password-123";

  public static void main(String[] args) throws Exception {
    int responses =
        args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("bench.responses", 50_000);
    Path data = Files.createTempDirectory("cem-bench");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port;
    long start = System.nanoTime();
    Process app =
        new ProcessBuilder(
                System.getProperty("java.home") + "/bin/java",
                "-Xmx1g",
                "-Dcem.data.dir=" + data,
                "-Dcem.bench.responses=" + responses,
                "-Dcem.admin.email=" + ADMIN,
                "-Dcem.admin.password=" + PASSWORD,
                "-jar",
                new File("target/cem-tracker.jar").getPath(),
                "--port",
                Integer.toString(port))
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("server.log").toFile())
            .start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
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
            break;
          }
        } catch (java.io.IOException starting) {
          // not listening yet
        }
        Thread.sleep(2000);
      }
      System.out.printf(
          "CEM Tracker results benchmark: %,d responses of cem-maturity over 60 departments (2 cores)%n",
          responses);
      System.out.printf("start-up including seeding: %.0f s%n", (System.nanoTime() - start) / 1e9);
      String orgId =
          first(
              get(http, base + "/api/organisations"),
              "\"id\":\"([^\"]+)\"[^}]*\"name\":\"Benchmark organisation\"",
              "\"name\":\"Benchmark organisation\"[^}]*\"id\":\"([^\"]+)\"");
      String campaignId =
          first(
              get(http, base + "/api/organisations/" + orgId + "/campaigns"),
              "\"id\":\"([^\"]+)\"");
      String url = base + "/api/campaigns/" + campaignId + "/results";
      long cold = System.nanoTime();
      String body = get(http, url);
      System.out.printf(
          "results, cold (read and score every answer): %7.1f ms, %,d bytes, responses %s%n",
          (System.nanoTime() - cold) / 1e6,
          body.length(),
          first(body, "\"reach\":[^,]*,\"responses\":(\\d+)"));
      List<Double> warm = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long t = System.nanoTime();
        get(http, url);
        warm.add((System.nanoTime() - t) / 1e6);
      }
      Collections.sort(warm);
      System.out.printf(
          "results, warm (cached by fingerprint), 20 calls: median %.1f ms, min %.1f ms, max %.1f ms%n",
          warm.get(10), warm.get(0), warm.get(19));
      long instrument = System.nanoTime();
      get(http, url + "/instrument");
      System.out.printf(
          "instrument quality, cold: %.1f ms%n", (System.nanoTime() - instrument) / 1e6);
      Files.lines(data.resolve("server.log"))
          .filter(l -> l.contains("Benchmark data:"))
          .forEach(l -> System.out.println(l.substring(l.indexOf("Benchmark data:"))));
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  private static String get(HttpClient http, String url) throws Exception {
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
    return response.body();
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
