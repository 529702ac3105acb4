package org.cemtracker.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The README's artifact, target/cem-tracker.jar, run as its own process on a data directory, for
 * the tests that kill it or run it on another database than the shared test server's.
 */
final class AppProcess implements AutoCloseable {

  static final String ADMIN = "process-admin@example.org";
  static final String PASSWORD = "process-admin-password";

  final String base;
  final Path log;
  private final Process process;

  private AppProcess(String base, Process process, Path log) {
    this.base = base;
    this.process = process;
    this.log = log;
  }

  static int freePort() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }

  /** Starts the app on the port with the system properties given, and waits until it is ready. */
  static AppProcess start(Path data, int port, String... properties) throws Exception {
    File jar = new File("target/cem-tracker.jar");
    assertThat(jar).exists();
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + "/bin/java");
    command.add("-Xmx512m");
    command.add("-Dcem.data.dir=" + data);
    command.add("-Dcem.admin.email=" + ADMIN);
    command.add("-Dcem.admin.password=" + PASSWORD);
    command.addAll(List.of(properties));
    command.addAll(List.of("-jar", jar.getPath(), "--port", Integer.toString(port)));
    Path log = data.resolve("server-" + System.nanoTime() + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    AppProcess app = new AppProcess("http://127.0.0.1:" + port + "/", process, log);
    try {
      app.awaitReady();
    } catch (Exception | AssertionError e) {
      app.kill();
      throw e;
    }
    return app;
  }

  RequestSpecification admin() {
    return given()
        .baseUri(base)
        .contentType(ContentType.JSON)
        .auth()
        .preemptive()
        .basic(ADMIN, PASSWORD);
  }

  RequestSpecification anonymous() {
    return given().baseUri(base).contentType(ContentType.JSON);
  }

  /** SIGKILL: no shutdown hook, no flush. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** SIGTERM, as docker stop and Kubernetes send it: returns the exit status. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the server did not stop within 90 s of SIGTERM");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the server is running").isTrue();
      try {
        if (given().baseUri(base).get("health/ready").statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the server did not become ready");
  }
}
