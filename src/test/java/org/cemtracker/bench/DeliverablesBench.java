package org.cemtracker.bench;

import static org.cemtracker.bench.BenchServer.first;
import static org.cemtracker.bench.BenchServer.median;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.cemtracker.bench.HeapProbe.Measured;

/**
 * Benchmark, not a test: a consultant's deliverables of a large campaign. Starts the packaged app
 * as {@link BenchServer} does ({@code -Dbench.responses}, default 50,000 over 60 departments;
 * {@code -Dbench.db=postgres}) and measures, in the same run:
 *
 * <ul>
 *   <li>the board report (PDF, A4) and the XLSX export: time and the app's heap ({@link
 *       HeapProbe}), interleaved with the results read they are made from as the baseline;
 *   <li>the organisation's JSON export and its import as a new organisation: time and file size,
 *       against reading the same responses and answers with plain JDBC and writing them, batched,
 *       in one transaction, into empty tables of the same database kind and settings ({@link
 *       RawRows}).
 * </ul>
 *
 * Run after {@code mvn -DskipTests package}: {@code mvn -Pbench
 * -Dbench.main=org.cemtracker.bench.DeliverablesBench test-compile exec:java}.
 */
public final class DeliverablesBench {

  static final int ROUNDS = 5;

  public static void main(String[] args) throws Exception {
    try (BenchServer server = BenchServer.start(true);
        HeapProbe heap = HeapProbe.connect(server.jmxPort)) {
      System.out.printf(
          "CEM Tracker deliverables benchmark on %s: %,d responses of cem-maturity over 60"
              + " departments%n",
          server.database(), server.responses);
      server.seeded().forEach(System.out::println);
      String organisationId = server.organisationId();
      String campaignId = server.campaignId(organisationId);
      documents(server, heap, campaignId);
      List<Double> exports = new ArrayList<>();
      AtomicReference<byte[]> exported = new AtomicReference<>();
      Measured most = null;
      for (int i = 0; i < 3; i++) {
        Measured m =
            heap.measure(
                () ->
                    exported.getAndSet(
                        server.bytes("/api/organisations/" + organisationId + "/export").body()));
        exports.add(m.millis());
        most = most == null || m.peak() > most.peak() ? m : most;
      }
      byte[] file = exported.get();
      Files.write(server.data.resolve("organisation.json"), file);
      System.out.printf(
          "organisation export: median %.0f ms (of 3), heap peak %s, held after a collection %s;"
              + " %,d bytes (%,.0f per response), %,d gzipped%n",
          median(exports),
          mib(most.peak()),
          held(most),
          file.length,
          file.length / (double) server.responses,
          gzipped(file));
      byte[] document = file;
      AtomicReference<String> answer = new AtomicReference<>();
      Measured imported =
          heap.measure(
              () ->
                  answer.getAndSet(
                      server
                          .post("/api/organisations/import", "application/json", document)
                          .body()));
      System.out.printf(
          "organisation import: %.0f ms, heap peak %s, held after a collection %s%n",
          imported.millis(), mib(imported.peak()), held(imported));
      String copyId = first(answer.get(), "\"id\":\"([^\"]+)\"");
      System.out.println(
          "imported results against the original's: "
              + sameResults(
                  server.get("/api/campaigns/" + campaignId + "/results").body(),
                  server.get("/api/campaigns/" + server.campaignId(copyId) + "/results").body()));
      server.stopApp();
      RawRows raw = RawRows.read(server.jdbc, server.user, campaignId);
      List<Double> writes = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        writes.add(raw.writeInto(server.scratchDatabase()));
      }
      System.out.printf(
          "plain JDBC: reading the %,d responses and %,d answers median %.0f ms (of 3), writing"
              + " them median %.0f ms (of 3)%n",
          raw.responses(), raw.answers(), raw.readMillis(), median(writes));
      System.out.printf(
          "export = %.1f x the plain read; import = %.1f x the plain write%n",
          median(exports) / raw.readMillis(), imported.millis() / median(writes));
    }
  }

  /** Results read, PDF and XLSX, interleaved; time and heap of each. */
  private static void documents(BenchServer server, HeapProbe heap, String campaignId)
      throws Exception {
    String at = "/api/campaigns/" + campaignId;
    Map<String, Callable<HttpResponse<?>>> requests = new LinkedHashMap<>();
    requests.put("results (JSON)", () -> server.get(at + "/results"));
    requests.put("board report (PDF, A4)", () -> server.bytes(at + "/report?paper=A4"));
    requests.put("export (XLSX)", () -> server.bytes(at + "/export"));
    for (Callable<HttpResponse<?>> warm : requests.values()) {
      warm.call();
    }
    Map<String, List<Measured>> measured = new LinkedHashMap<>();
    for (int i = 0; i < ROUNDS; i++) {
      for (Map.Entry<String, Callable<HttpResponse<?>>> r : requests.entrySet()) {
        measured
            .computeIfAbsent(r.getKey(), k -> new ArrayList<>())
            .add(heap.measure(r.getValue()));
      }
    }
    System.out.printf("pdf %,d bytes, xlsx %,d bytes%n", size(requests, 1), size(requests, 2));
    double baseTime = medianOf(measured.get("results (JSON)"), Measured::millis);
    double basePeak = medianOf(measured.get("results (JSON)"), m -> (double) m.peak());
    for (Map.Entry<String, List<Measured>> m : measured.entrySet()) {
      double time = medianOf(m.getValue(), Measured::millis);
      double peak = medianOf(m.getValue(), x -> (double) x.peak());
      Measured most =
          m.getValue().stream().max((a, b) -> Long.compare(a.retained(), b.retained())).get();
      System.out.printf(
          "%-24s median %7.0f ms = %5.1f x results; heap peak %s = %.2f x results', held after a"
              + " collection at most %s (of %d)%n",
          m.getKey(), time, time / baseTime, mib((long) peak), peak / basePeak, held(most), ROUNDS);
    }
    System.out.printf(
        "app heap at rest after a full collection: %s%n",
        mib(measured.get("results (JSON)").get(0).atRest()));
  }

  private static long size(Map<String, Callable<HttpResponse<?>>> requests, int which)
      throws Exception {
    Object body = new ArrayList<>(requests.values()).get(which).call().body();
    return body instanceof byte[] bytes ? bytes.length : body.toString().length();
  }

  private interface Figure {
    double of(Measured m);
  }

  private static double medianOf(List<Measured> values, Figure figure) {
    return median(values.stream().map(figure::of).toList());
  }

  private static String held(Measured m) {
    return m.retained() == 0
        ? "(no collection ran)"
        : mib(m.retained() - m.atRest()) + " above rest";
  }

  private static String mib(long bytes) {
    return String.format("%.0f MiB", bytes / 1048576.0);
  }

  private static long gzipped(byte[] file) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(file);
    }
    return out.size();
  }

  /** "equal", or where the figures differ once the ids, which an import renews, are set aside. */
  private static String sameResults(String original, String copy) {
    String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    String a = original.replaceAll(uuid, "#");
    String b = copy.replaceAll(uuid, "#");
    first(a, "\"cemIndex\":([0-9.]+)");
    int at = 0;
    while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
      at++;
    }
    if (at == a.length() && at == b.length()) {
      return "equal";
    }
    int from = Math.max(0, at - 80);
    return "DIFFERENT at "
        + at
        + ": ..."
        + a.substring(from, Math.min(a.length(), at + 80))
        + " against ..."
        + b.substring(from, Math.min(b.length(), at + 80));
  }
}
