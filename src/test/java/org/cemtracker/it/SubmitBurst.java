package org.cemtracker.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submissions through nginx by several clients at once, each link submitted until the app
 * acknowledges it (201, or 200 with the earlier receipt), as a careful client would: a refused or
 * failed request is tried again after its {@code Retry-After}. Every answer is recorded: its
 * status, whether it was JSON, and the time between acknowledgements.
 */
final class SubmitBurst {

  private static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"([^\"]+)\"");

  /** What a burst saw. */
  record Result(
      int requests,
      Map<String, String> acknowledged,
      List<String> failures,
      List<String> notJson,
      long longestPauseMillis,
      int acknowledgedAfterEvent) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final List<String> questions;

  SubmitBurst(String base, List<String> questions) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.questions = questions;
  }

  /**
   * Submits through every link with that many clients; once {@code triggerAfter} are acknowledged
   * runs {@code event} (a node killed or stopped) while the others go on.
   */
  Result run(List<String> tokens, int clients, int triggerAfter, Runnable event)
      throws InterruptedException {
    Queue<String> todo = new ConcurrentLinkedQueue<>(tokens);
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> notJson = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger requests = new AtomicInteger();
    List<Long> ackTimes = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long[] eventAt = {Long.MAX_VALUE};
    Thread happening =
        new Thread(
            () -> {
              eventAt[0] = System.nanoTime();
              event.run();
            },
            "burst-event");
    AtomicInteger fired = new AtomicInteger();
    for (int c = 0; c < clients; c++) {
      pool.execute(
          () -> {
            for (String token = todo.poll(); token != null; token = todo.poll()) {
              String receipt = submitUntilAcknowledged(token, requests, failures, notJson);
              if (receipt != null) {
                acknowledged.put(token, receipt);
                ackTimes.add(System.nanoTime());
              }
              if (acknowledged.size() >= triggerAfter && fired.compareAndSet(0, 1)) {
                happening.start();
              }
            }
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the burst did not finish within 10 minutes");
    }
    if (fired.get() == 1) {
      happening.join();
    }
    List<Long> times = new ArrayList<>(ackTimes);
    Collections.sort(times);
    long pause = 0;
    for (int i = 1; i < times.size(); i++) {
      pause = Math.max(pause, times.get(i) - times.get(i - 1));
    }
    int after = (int) times.stream().filter(t -> t > eventAt[0]).count();
    return new Result(
        requests.get(),
        Map.copyOf(acknowledged),
        List.copyOf(failures),
        List.copyOf(notJson),
        pause / 1_000_000,
        after);
  }

  private String submitUntilAcknowledged(
      String token, AtomicInteger requests, List<String> failures, List<String> notJson) {
    String body = answers();
    for (int attempt = 0; attempt < 40; attempt++) {
      requests.incrementAndGet();
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "api/survey/" + token + "/submit"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
          notJson.add(response.statusCode() + " " + type + ": " + shorten(response.body()));
        }
        Matcher receipt = RECEIPT.matcher(response.body());
        if ((response.statusCode() == 201 || response.statusCode() == 200) && receipt.find()) {
          return receipt.group(1);
        }
        failures.add(response.statusCode() + ": " + shorten(response.body()));
        Thread.sleep(retryAfter(response));
      } catch (IOException e) {
        failures.add("no answer: " + e);
        sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  private static long retryAfter(HttpResponse<String> response) {
    try {
      return Math.min(
          1000, 1000 * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
    } catch (NumberFormatException e) {
      return 1000;
    }
  }

  private String answers() {
    StringBuilder json = new StringBuilder("{\"answers\":{");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < questions.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(questions.get(i)).append("\":");
      json.append(1 + random.nextInt(5));
    }
    return json.append("}}").toString();
  }

  private static String shorten(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
