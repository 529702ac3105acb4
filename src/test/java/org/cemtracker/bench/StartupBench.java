package org.cemtracker.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Start-up of the packaged app against a bare Payara Micro deploying an empty WAR, interleaved in
 * one run ({@code -Dbench.rounds=N}, default 3): wall time from the process start until the app
 * answers (the app's readiness check; the empty WAR's page), the process's CPU time and resident
 * memory at that moment. The app starts twice a round: on a new data folder (migrations, the first
 * administrator) and again on the same one (a restart). Figures are medians; ratios to the bare
 * Payara of the same run.
 *
 * <p>Run after {@code mvn -DskipTests package}: {@code mvn -Pbench
 * -Dbench.main=org.cemtracker.bench.StartupBench test-compile exec:java}
 */
public final class StartupBench {

  private record Started(double seconds, double cpuSeconds, long rssBytes) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private StartupBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("bench.rounds", 3);
    Path work = Files.createTempDirectory("cem-startup");
    Path empty = emptyWar(work.resolve("empty.war"));
    List<Started> bare = new ArrayList<>();
    List<Started> fresh = new ArrayList<>();
    List<Started> restart = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      bare.add(
          start(
              List.of(
                  "-jar",
                  "target/payara-micro.jar",
                  "--nocluster",
                  "--disablephonehome",
                  "--deploy",
                  empty.toString(),
                  "--contextroot",
                  "/"),
              "/index.html",
              work.resolve("bare-" + round + ".log")));
      Path data = work.resolve("data-" + round);
      List<String> app =
          List.of(
              "-Dcem.data.dir=" + data,
              "-Dcem.admin.email=" + BenchServer.ADMIN,
              "-Dcem.admin.password=" + BenchServer.PASSWORD,
              "-jar",
              "target/cem-tracker.jar");
      fresh.add(start(app, "/health/ready", work.resolve("fresh-" + round + ".log")));
      restart.add(start(app, "/health/ready", work.resolve("restart-" + round + ".log")));
      System.out.printf(
          "round %d: bare %.1f s, app on a new folder %.1f s, app restarted %.1f s%n",
          round,
          bare.get(round - 1).seconds,
          fresh.get(round - 1).seconds,
          restart.get(round - 1).seconds);
    }
    Started base = median(bare);
    System.out.printf("Start-up, median of %d interleaved rounds (logs in %s)%n", rounds, work);
    print("bare Payara Micro, empty WAR", base, base);
    print("app, new data folder", median(fresh), base);
    print("app, restart", median(restart), base);
  }

  private static void print(String what, Started s, Started base) {
    System.out.printf(
        "  %-30s %6.1f s (%.2fx)   CPU %6.1f s (%.2fx)   RSS %5d MB (%.2fx)%n",
        what,
        s.seconds,
        s.seconds / base.seconds,
        s.cpuSeconds,
        s.cpuSeconds / base.cpuSeconds,
        s.rssBytes >> 20,
        (double) s.rssBytes / base.rssBytes);
  }

  private static Started start(List<String> args, String readyPath, Path log) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + "/bin/java");
    command.add("-Xmx1g");
    command.addAll(args);
    command.addAll(List.of("--port", String.valueOf(port)));
    long begin = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      URI ready = URI.create("http://127.0.0.1:" + port + readyPath);
      while (!answers(ready)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("stopped before it was ready; see " + log);
        }
        if (System.nanoTime() - begin > Duration.ofMinutes(5).toNanos()) {
          throw new IllegalStateException("not ready after 5 minutes; see " + log);
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - begin) / 1e9;
      return new Started(seconds, cpuSeconds(process.pid()), rss(process.pid()));
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static boolean answers(URI uri) throws InterruptedException {
    try {
      return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** User and system time of the process from /proc (clock ticks of 1/100 s, as on Linux). */
  private static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  private static long rss(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static Path emptyWar(Path war) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(war))) {
      out.putNextEntry(new JarEntry("index.html"));
      out.write("<!doctype html><title>empty</title>".getBytes());
      out.closeEntry();
    }
    return war;
  }

  private static Started median(List<Started> all) {
    return new Started(
        BenchServer.median(all.stream().map(Started::seconds).toList()),
        BenchServer.median(all.stream().map(Started::cpuSeconds).toList()),
        (long) BenchServer.median(all.stream().map(s -> (double) s.rssBytes).toList()));
  }
}
