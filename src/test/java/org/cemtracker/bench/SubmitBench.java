package org.cemtracker.bench;

import java.util.List;
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

  /** The paced level's rate, as a share of plain JDBC's throughput at 200 clients. */
  static final double PACE = 0.5;

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.submissions", 4000);
    int warmUp = Integer.getInteger("bench.warmup", 3000);
    try (BenchServer server = BenchServer.start(true, 0);
        HeapProbe probe = HeapProbe.connect(server.jmxPort)) {
      SubmitCampaign campaign = SubmitCampaign.make(server, warmUp + n * (CLIENTS.length + 1));
      List<String> questions = campaign.questions;
      String campaignId = campaign.id;
      System.out.printf(
          "CEM Tracker submit benchmark on %s: %,d submissions of %d answers per level of clients,"
              + " %d warm-up%n",
          server.database(), n, questions.size(), warmUp);
      Load.run(50, warmUp, campaign::submit);
      long bytesBefore = server.databaseBytes();
      try (RawSubmits raw =
          RawSubmits.open(
              server.scratchDatabase(),
              server.user,
              server.postgres ? 64 : 200,
              questions,
              campaign.departments)) {
        Load.run(50, warmUp, i -> raw.submit(campaignId));
        double rawAt200 = 0;
        for (int level = 0; level < CLIENTS.length; level++) {
          int clients = CLIENTS[level];
          int offset = warmUp + level * n;
          long cpu = probe.cpuNanos();
          Run app = Load.run(clients, n, i -> campaign.submit(offset + i));
          double cpuMs = (probe.cpuNanos() - cpu) / 1e6 / n;
          Run baseline = Load.run(clients, n, i -> raw.submit(campaignId));
          print("app through REST", clients, app);
          System.out.printf("  app CPU per submission: %.2f ms%n", cpuMs);
          print("plain JDBC", clients, baseline);
          System.out.printf(
              "  app = %.2f x plain JDBC in throughput; a closed loop's mean latency is at least"
                  + " clients / throughput: %.1f ms for the app, %.1f ms for plain JDBC%n",
              app.perSecond() / baseline.perSecond(),
              clients * 1000 / app.perSecond(),
              clients * 1000 / baseline.perSecond());
          rawAt200 = baseline.perSecond();
        }
        double rate = PACE * rawAt200;
        int offset = warmUp + CLIENTS.length * n;
        long cpu = probe.cpuNanos();
        Run app = Load.paced(200, n, rate, i -> campaign.submit(offset + i));
        double cpuMs = (probe.cpuNanos() - cpu) / 1e6 / n;
        Run baseline = Load.paced(200, n, rate, i -> raw.submit(campaignId));
        System.out.printf(
            "Paced at %.0f submissions/s (%.0f %% of plain JDBC's throughput at 200 clients),"
                + " 200 clients, time counted from each submission's due moment:%n",
            rate, PACE * 100);
        print("app through REST", 200, app);
        System.out.printf("  app CPU per submission: %.2f ms%n", cpuMs);
        print("plain JDBC", 200, baseline);
        Run floor = Load.run(200, n, campaign::submitUnknown);
        print("unknown links", 200, floor);
        System.out.printf(
            "  the same POST through a link that does not exist (parsed, looked up, nothing"
                + " written, 404): %.2f x plain JDBC at 200 clients — the most any submit through"
                + " REST could reach here%n",
            floor.perSecond() / rawAt200);
      }
      if (!server.postgres) {
        long after = server.databaseBytes();
        System.out.printf(
            "H2 file: %,d bytes before the measured submissions, %,d after: %,.0f bytes per"
                + " submission%n",
            bytesBefore, after, (after - bytesBefore) / (double) (n * (CLIENTS.length + 1)));
        Thread.sleep(30_000);
        System.out.printf("H2 file after 30 s idle: %,d bytes%n", server.databaseBytes());
      }
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
}
