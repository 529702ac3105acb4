package org.cemtracker.bench;

import static org.cemtracker.bench.BenchServer.first;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.cemtracker.bench.Load.Run;

/**
 * Benchmark, not a test: the submit path. Starts the packaged app as {@link BenchServer} does,
 * empty ({@code -Dbench.db=postgres} for PostgreSQL), makes a campaign of the default model over 60
 * departments with enough invitation links, and runs, interleaved in one run, at 50 and 200
 * clients: {@code -Dbench.submissions=N} (default 4,000) submissions through REST, and as many
 * through {@link RawSubmits} (plain JDBC writing the same rows, one response and its answers a
 * transaction, same durability) as the baseline. Prints throughput, p50/p99 latency, the app's CPU
 * per submission, and on H2 the database file's growth per stored response, also after idling.
 *
 * <p>Run after {@code mvn -DskipTests package}: {@code mvn -Pbench
 * -Dbench.main=org.cemtracker.bench.SubmitBench test-compile exec:java}.
 */
public final class SubmitBench {

  static final int[] CLIENTS = {50, 200};
  static final int WARM_UP = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.submissions", 4000);
    try (BenchServer server = BenchServer.start(true, 0);
        HeapProbe probe = HeapProbe.connect(server.jmxPort)) {
      List<String> departments = new ArrayList<>();
      StringBuilder csv = new StringBuilder("path,headcount,customerFacing\n");
      for (int d = 0; d < 60; d++) {
        departments.add("Division " + d % 6 + "/Department " + d);
        csv.append(departments.get(d)).append(',').append(50 + d * 7).append(",false\n");
      }
      String orgId =
          first(
              server
                  .post("/api/organisations", "application/json", bytes("{\"name\":\"Submit\"}"))
                  .body(),
              "\"id\":\"([^\"]+)\"");
      server.put("/api/organisations/" + orgId + "/departments", "text/csv", bytes(csv.toString()));
      String campaignId =
          first(
              server
                  .post(
                      "/api/organisations/" + orgId + "/campaigns",
                      "application/json",
                      bytes("{\"modelId\":\"cem-maturity\",\"name\":\"Submit\"}"))
                  .body(),
              "\"id\":\"([^\"]+)\"");
      for (String tier : List.of("LEADERSHIP", "MANAGEMENT", "STAFF")) {
        server.post(
            "/api/campaigns/" + campaignId + "/phases/" + tier + "/open",
            "application/json",
            new byte[0]);
      }
      int total = WARM_UP + n * CLIENTS.length;
      List<String> tokens = new ArrayList<>();
      for (int made = 0; made < total; made += 1000) {
        String body =
            server
                .post(
                    "/api/campaigns/" + campaignId + "/invitations",
                    "application/json",
                    bytes(
                        "{\"departmentPath\":\""
                            + departments.get(made / 1000 % departments.size())
                            + "\",\"tier\":\"STAFF\",\"count\":"
                            + Math.min(1000, total - made)
                            + "}"))
                .body();
        for (JsonNode link : JSON.readTree(body)) {
          tokens.add(link.get("token").asText());
        }
      }
      List<String> questions = new ArrayList<>();
      for (JsonNode section :
          JSON.readTree(server.get("/api/survey/" + tokens.get(0)).body()).get("sections")) {
        for (JsonNode q : section.get("questions")) {
          questions.add(q.get("id").asText());
        }
      }
      System.out.printf(
          "CEM Tracker submit benchmark on %s: %,d submissions of %d answers per level of clients,"
              + " %d warm-up%n",
          server.database(), n, questions.size(), WARM_UP);
      Load.run(50, WARM_UP, i -> submit(server, tokens.get(i), questions));
      long bytesBefore = server.databaseBytes();
      try (RawSubmits raw =
          RawSubmits.open(
              server.scratchDatabase(),
              server.user,
              server.postgres ? 64 : 200,
              questions,
              departments)) {
        for (int level = 0; level < CLIENTS.length; level++) {
          int clients = CLIENTS[level];
          int offset = WARM_UP + level * n;
          long cpu = probe.cpuNanos();
          Run app = Load.run(clients, n, i -> submit(server, tokens.get(offset + i), questions));
          double cpuMs = (probe.cpuNanos() - cpu) / 1e6 / n;
          Run baseline = Load.run(clients, n, i -> raw.submit(campaignId));
          print("app through REST", clients, app);
          System.out.printf("  app CPU per submission: %.2f ms%n", cpuMs);
          print("plain JDBC", clients, baseline);
          System.out.printf(
              "  app = %.2f x plain JDBC in throughput%n", app.perSecond() / baseline.perSecond());
        }
      }
      if (!server.postgres) {
        long after = server.databaseBytes();
        System.out.printf(
            "H2 file: %,d bytes before the measured submissions, %,d after: %,.0f bytes per"
                + " submission%n",
            bytesBefore, after, (after - bytesBefore) / (double) (n * CLIENTS.length));
        Thread.sleep(30_000);
        System.out.printf("H2 file after 30 s idle: %,d bytes%n", server.databaseBytes());
      }
    }
  }

  private static void submit(BenchServer server, String token, List<String> questions)
      throws Exception {
    Map<String, Integer> answers = new LinkedHashMap<>();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    questions.forEach(q -> answers.put(q, 1 + random.nextInt(5)));
    HttpResponse<String> response =
        server.anonymousPost(
            "/api/survey/" + token + "/submit",
            JSON.writeValueAsString(Map.of("answers", answers)));
    if (response.statusCode() != 201) {
      throw new IllegalStateException(response.statusCode() + ": " + response.body());
    }
  }

  private static void print(String what, int clients, Run run) {
    System.out.printf(
        "%-17s %3d clients: %,7.0f submissions/s, p50 %6.1f ms, p99 %7.1f ms%s%n",
        what,
        clients,
        run.perSecond(),
        run.percentile(0.50),
        run.percentile(0.99),
        run.failures() == 0 ? "" : ", " + run.failures() + " FAILED");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
