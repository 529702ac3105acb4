package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar that the README starts exits non-zero, saying why, when its database cannot be
 * reached, instead of running on and answering 404.
 */
class StartupFailureIT {

  @Test
  void anUnreachableDatabaseEndsTheProcessWithAReason() throws Exception {
    File jar = new File("target/cem-tracker.jar");
    assertThat(jar).exists();
    Path log = Files.createTempFile("cem-startup", ".log");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process process =
        new ProcessBuilder(
                System.getProperty("java.home") + "/bin/java",
                "-Dcem.db.url=jdbc:postgresql://127.0.0.1:1/cem",
                "-Dcem.db.password=never-print-me",
                "-jar",
                jar.getPath(),
                "--port",
                Integer.toString(port),
                "--nocluster")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();

    boolean ended = process.waitFor(180, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(log);

    assertThat(ended).as("the process ended by itself").isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(output)
        .contains("CEM Tracker cannot start")
        .contains("jdbc:postgresql://127.0.0.1:1/cem")
        .contains("Connection refused")
        .doesNotContain("never-print-me");
    Files.deleteIfExists(log);
  }
}
