package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node told to stop (SIGTERM) while clients keep calling it: every answer is JSON, those it
 * refuses are 503 with {@code Retry-After}, no request is cut off, and then its port is closed (a
 * refused connection, which a balancer tries on the next node) — never Payara's HTML pages of an
 * application being undeployed.
 */
class GracefulStopIT {

  @TempDir Path data;

  /** What one call got: a status and its content type, or the failure to connect or to read. */
  record Answer(int status, String type, String retryAfter, Exception failure) {}

  @Test
  void aStoppingNodeAnswersOnlyJsonCutsOffNothingAndThenRefusesConnections() throws Exception {
    AppProcess app = AppProcess.start(data, AppProcess.freePort());
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    // each client's answers in the order it got them
    List<List<Answer>> clients = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int c = 0; c < 4; c++) {
      List<Answer> answers = new ArrayList<>();
      clients.add(answers);
      pool.execute(
          () -> {
            for (int i = 0; i < 100_000; i++) {
              Answer answer = call(http, app.base + "api/survey/no-such-link/submit");
              synchronized (answers) {
                answers.add(answer);
              }
              if (answer.failure() instanceof ConnectException) {
                return;
              }
            }
          });
    }
    Thread.sleep(1500);

    int status = app.stop();

    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(status).as("exit status after SIGTERM").isEqualTo(143);
    assertThat(Files.readString(app.log))
        .contains("Drained in", "HTTP listener closed")
        .doesNotContain("still in flight");
    List<Answer> served = new ArrayList<>();
    for (List<Answer> answers : clients) {
      synchronized (answers) {
        int firstFailure = 0;
        while (firstFailure < answers.size() && answers.get(firstFailure).failure() == null) {
          firstFailure++;
        }
        // nothing cut off while the node served: a client's calls fail only once it has closed
        // its port (refused, or reset in the moment it closes), never to be answered again
        assertThat(answers.subList(firstFailure, answers.size()))
            .as("a client's calls from its first failure on")
            .allSatisfy(a -> assertThat(a.failure()).isInstanceOf(IOException.class))
            .last()
            .satisfies(a -> assertThat(a.failure()).isInstanceOf(ConnectException.class));
        served.addAll(answers.subList(0, firstFailure));
      }
    }
    assertThat(served).allSatisfy(a -> assertThat(a.type()).startsWith("application/json"));
    // an unknown link is 404 while the node serves; 503 once it is stopping
    assertThat(served).allSatisfy(a -> assertThat(a.status()).isIn(404, 503));
    assertThat(served).filteredOn(a -> a.status() == 404).isNotEmpty();
    assertThat(served)
        .filteredOn(a -> a.status() == 503)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.retryAfter()).isNotNull());
  }

  /**
   * A POST, which the HTTP client never sends again on its own (a GET on a connection closed before
   * its answer is silently retried, hiding a request cut off).
   */
  private static Answer call(HttpClient http, String url) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{}}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").orElse(null),
          null);
    } catch (IOException e) {
      return new Answer(0, "", null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, "", null, e);
    }
  }
}
