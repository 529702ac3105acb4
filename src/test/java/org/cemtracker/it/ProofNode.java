package org.cemtracker.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the cluster proof: {@code deploy/cem-node} with the built jar, as an operator runs
 * it.
 */
final class ProofNode {

  final String name;
  final int port;
  private final int gridPort;
  private final Map<String, String> environment;
  private final Path logs;
  private Process process;
  private Path log;
  private int starts;

  ProofNode(String name, int port, int gridPort, Map<String, String> environment, Path logs) {
    this.name = name;
    this.port = port;
    this.gridPort = gridPort;
    this.environment = environment;
    this.logs = logs;
  }

  void start() throws IOException {
    log = logs.resolve(name + "-" + ++starts + ".log");
    ProcessBuilder builder =
        new ProcessBuilder("deploy/cem-node")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("CEM_NODE_NAME", name);
    builder.environment().put("CEM_PORT", Integer.toString(port));
    builder
        .environment()
        .put(
            "JAVA_OPTS",
            environment.getOrDefault("JAVA_OPTS", "") + " -Dpayaramicro.startPort=" + gridPort);
    builder.environment().put("CEM_DATA_DIR", logs.resolve(name + "-data").toString());
    process = builder.start();
  }

  /** Waits until the node reports itself ready on its own port (not through nginx). */
  void awaitReady(Duration limit) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited while starting; see " + log);
      }
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the port opens only once the app is deployed
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " was not ready within " + limit + "; see " + log);
  }

  /** SIGKILL: no shutdown hook, no drain. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, as docker stop and Kubernetes send it; waits for the exit and returns its code. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM");
    }
    return process.exitValue();
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  String log() throws IOException {
    return Files.readString(log);
  }
}
