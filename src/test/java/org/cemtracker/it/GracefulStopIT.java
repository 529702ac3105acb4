package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
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
    List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (AppProcess.ADMIN + ":" + AppProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (int c = 0; c < 4; c++) {
      clients.execute(
          () -> {
            for (int i = 0; i < 100_000; i++) {
              Answer answer = call(http, app.base + "api/organisations", auth);
              answers.add(answer);
              if (answer.failure() instanceof ConnectException) {
                return;
              }
            }
          });
    }
    Thread.sleep(1500);

    int status = app.stop();

    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(status).as("exit status after SIGTERM").isEqualTo(143);
    assertThat(Files.readString(app.log)).contains("Drained in", "HTTP listener closed");
    List<Answer> served = answers.stream().filter(a -> a.failure() == null).toList();
    assertThat(served).as("answers before the port closed").isNotEmpty();
    assertThat(served).allSatisfy(a -> assertThat(a.type()).startsWith("application/json"));
    assertThat(served).allSatisfy(a -> assertThat(a.status()).isIn(200, 503));
    assertThat(served)
        .filteredOn(a -> a.status() == 503)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.retryAfter()).isNotNull());
    // the only failures: connections refused once the port is closed, none cut off mid-request
    assertThat(answers)
        .filteredOn(a -> a.failure() != null)
        .allSatisfy(a -> assertThat(a.failure()).isInstanceOf(ConnectException.class));
  }

  private static Answer call(HttpClient http, String url, String auth) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Basic " + auth)
                  .timeout(Duration.ofSeconds(30))
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
