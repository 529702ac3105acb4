package org.cemtracker.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs n requests from a number of concurrent clients and keeps each request's time. */
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
                    long t = System.nanoTime();
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
