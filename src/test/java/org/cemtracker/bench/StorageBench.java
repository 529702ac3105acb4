package org.cemtracker.bench;

/**
 * Benchmark, not a test: the embedded H2 file's size under a long run of submissions, with the
 * app's own database settings. Makes a campaign with {@code -Dbench.submissions=N} (default
 * 100,000) links, submits through every one of them from 50 clients, and prints the file's size and
 * its growth per stored response every tenth of the run; then, after a minute with nothing added
 * (as for the file with only the links, before the run), the bytes per stored response; a minute
 * later the size again (it must not grow), and once the app has stopped.
 *
 * <p>Run after {@code mvn -DskipTests package}: {@code mvn -Pbench
 * -Dbench.main=org.cemtracker.bench.StorageBench test-compile exec:java}.
 */
public final class StorageBench {

  private static final long IDLE_MILLIS = 60_000;

  private StorageBench() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.submissions", 100_000);
    int step = Math.max(1, n / 10);
    try (BenchServer server = BenchServer.start(false, 0)) {
      if (server.postgres) {
        throw new IllegalStateException("the storage benchmark measures the embedded H2 file");
      }
      SubmitCampaign campaign = SubmitCampaign.make(server, n);
      System.out.printf(
          "H2 file with the campaign and %,d unused links: %,d bytes%n", n, server.databaseBytes());
      Thread.sleep(IDLE_MILLIS);
      long empty = server.databaseBytes();
      System.out.printf(
          "  and after %d s with nothing added: %,d bytes%n", IDLE_MILLIS / 1000, empty);
      long previous = empty;
      for (int done = 0; done < n; done += step) {
        int from = done;
        int count = Math.min(step, n - done);
        long start = System.nanoTime();
        Load.Run run = Load.run(50, count, i -> campaign.submit(from + i));
        long size = server.databaseBytes();
        System.out.printf(
            "%,7d responses: %,13d bytes, %,6.0f bytes per response so far, %,6.0f in the last"
                + " %,d (%.0f submissions/s%s)%n",
            done + count,
            size,
            (size - empty) / (double) (done + count),
            (size - previous) / (double) count,
            count,
            count / ((System.nanoTime() - start) / 1e9),
            run.failures() == 0 ? "" : ", " + run.failures() + " FAILED");
        previous = size;
      }
      Thread.sleep(IDLE_MILLIS);
      long idle = server.databaseBytes();
      System.out.printf(
          "after %d s with nothing added: %,d bytes, %,.0f bytes per stored response%n",
          IDLE_MILLIS / 1000, idle, (idle - empty) / (double) n);
      Thread.sleep(IDLE_MILLIS);
      System.out.printf(
          "after %d s more:               %,d bytes%n", IDLE_MILLIS / 1000, server.databaseBytes());
      server.stopApp();
      System.out.printf("after the app stopped:         %,d bytes%n", server.databaseBytes());
    }
  }
}
