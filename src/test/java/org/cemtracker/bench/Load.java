package org.cemtracker.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs n requests from a number of concurrent clients and keeps each request's time: back to back
 * (a closed loop: each client sends its next request when its last one is answered, so the latency
 * is mostly time in line, at least clients / throughput on average), or paced at a fixed rate (an
 * open loop, as respondents arrive: request i is due at i / rate, and its time counts from then, so
 * a request that starts late because every client was busy counts its wait).
 */
final class Load {

  /** One request; throws when it failed. */
  interface Request {
    void run(int i) throws Exception;
  }

  /** The outcome of a run: its wall time, and each request's time in microseconds, sorted. */
  record Run(double seconds, long[] micros, int failures) {

    double perSecond() {
      return micros.length / seconds;
    }

    double percentile(double p) {
      return micros.length == 0
          ? Double.NaN
          : micros[Math.min(micros.length - 1, (int) Math.ceil(p * micros.length) - 1)] / 1000.0;
    }
  }

  private Load() {}

  static Run run(int clients, int n, Request request) throws Exception {
    return run(clients, n, 0, request);
  }

  /** Paced: request i is due {@code i / perSecond} seconds after the start. */
  static Run paced(int clients, int n, double perSecond, Request request) throws Exception {
    return run(clients, n, perSecond, request);
  }

  private static Run run(int clients, int n, double perSecond, Request request) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long[] micros = new long[n];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long t =
                        perSecond > 0 ? start + (long) (i * 1e9 / perSecond) : System.nanoTime();
                    long early = t - System.nanoTime();
                    if (early > 0) {
                      Thread.sleep(early / 1_000_000, (int) (early % 1_000_000));
                    }
                    try {
                      request.run(i);
                    } catch (Exception e) {
                      if (failures.getAndIncrement() == 0) {
                        System.out.println("first failure: " + e.getMessage());
                      }
                    }
                    micros[i] = (System.nanoTime() - t) / 1000;
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(micros);
    return new Run(seconds, micros, failures.get());
  }
}
