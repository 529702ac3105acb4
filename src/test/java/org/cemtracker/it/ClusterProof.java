package org.cemtracker.it;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proof of DESIGN §7 that {@code deploy/proof/cluster-proof} runs (from {@code mvn verify}):
 * two clustered nodes of the built jar, started together on an empty PostgreSQL, behind nginx with
 * the shipped routing. Through nginx it runs the API flow, signs an administrator in and lets a
 * respondent begin through an open link; kills the administrator's node with SIGKILL during a burst
 * of submissions, restarts it, and stops the other node with SIGTERM during a second burst. It
 * fails unless every acknowledged submission is stored exactly once, every answer was JSON, the
 * graceful stop failed no request, and both browsers carry on after each loss. Prints its figures.
 */
public final class ClusterProof {

  private static final int PER_BURST = Integer.getInteger("proof.submissions", 400);
  private static final Duration START = Duration.ofMinutes(6);

  private final List<String> problems = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    System.exit(new ClusterProof().run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    String base = env("PROOF_BASE");
    Path dir = Path.of(env("PROOF_DIR"));
    String[] ports = env("PROOF_PORTS").split(",");
    String[] grid = env("PROOF_GRID_PORTS").split(",");
    Map<String, String> settings =
        Map.ofEntries(
            Map.entry("CEM_DB_URL", env("PROOF_JDBC")),
            Map.entry("CEM_DB_USER", env("PROOF_DB_USER")),
            Map.entry("CEM_ADMIN_EMAIL", Deployments.ADMIN_EMAIL),
            Map.entry("CEM_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD),
            Map.entry("CEM_PUBLIC_URL", base.replaceAll("/$", "")),
            Map.entry("CEM_TRUSTED_PROXIES", "127.0.0.1"),
            Map.entry("CEM_CLUSTER_NAME", "cem-proof"),
            Map.entry("CEM_CLUSTER_MODE", "tcpip:127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1]),
            // the mark the script finds leftover nodes of this run by
            Map.entry("JAVA_OPTS", "-Xmx448m -Dcem.proof.run=" + dir));
    ProofNode app1 =
        new ProofNode("app1", Integer.parseInt(ports[0]), Integer.parseInt(grid[0]), settings, dir);
    ProofNode app2 =
        new ProofNode("app2", Integer.parseInt(ports[1]), Integer.parseInt(grid[1]), settings, dir);
    SurvivingBrowsers browsers = null;
    try {
      long started = System.nanoTime();
      app1.start();
      app2.start();
      app1.awaitReady(START);
      app2.awaitReady(START);
      System.out.printf(
          "Two nodes started together on an empty database: both ready in %d s%n",
          (System.nanoTime() - started) / 1_000_000_000);
      String logs = app1.log() + app2.log();
      expect(logs.contains("2 member(s)"), "no node logged a data grid of 2 members");
      expect(
          count(logs, "Created the first administrator") == 1,
          "the first administrator was not made exactly once");

      Api api = new Api(URI.create(base).toURL());
      String organisation = api.organisation("Cluster proof", 5, OrganisationApiIT.CSV);
      String name = "Proof wave";
      String campaign =
          api.campaign(organisation, "cem-maturity", name, "LEADERSHIP", "MANAGEMENT", "STAFF");
      List<String> tokens = api.invite(campaign, "Sales", "STAFF", 2 * PER_BURST);
      String open =
          api.admin()
              .post("api/campaigns/" + campaign + "/open-link")
              .then()
              .statusCode(201)
              .extract()
              .path("token");
      List<String> questions =
          given()
              .baseUri(base)
              .get("api/survey/" + tokens.get(0))
              .then()
              .statusCode(200)
              .extract()
              .path("sections.questions.id.flatten()");

      browsers = new SurvivingBrowsers(base, campaign, name);
      browsers.begin(open, "Sales");
      String node = browsers.adminNode().orElse("app1");
      ProofNode victim = node.equals("app2") ? app2 : app1;
      ProofNode other = victim == app1 ? app2 : app1;
      System.out.printf(
          "Administrator signed in on %s, respondent answering on %s%n",
          node, browsers.respondentNode().orElse("?"));

      SubmitBurst burst = new SubmitBurst(base, questions);
      SubmitBurst.Result killed =
          burst.run(tokens.subList(0, PER_BURST), 6, PER_BURST / 10, () -> kill(victim));
      report("kill -9 of " + victim.name, killed);
      expect(!victim.alive(), victim.name + " survived SIGKILL");
      browsers.carryOn("after-kill");
      System.out.printf(
          "After the kill: the administrator signed in again and was back on the campaign's page;"
              + " the respondent's answer was there (now on %s)%n",
          browsers.respondentNode().orElse("?"));
      expect(browsers.signedInAgain == 1, "the administrator's session survived its node's death?");

      long restart = System.nanoTime();
      victim.start();
      victim.awaitReady(START);
      System.out.printf(
          "%s restarted and ready in %d s%n",
          victim.name, (System.nanoTime() - restart) / 1_000_000_000);
      // nginx tried it while it was starting (its port still closed) and leaves it alone for
      // fail_timeout (10 s), then sends it one request at a time until one succeeds: as an
      // operator does, roll on to the next node only once this one takes requests through nginx
      Thread.sleep(11_000);
      for (int i = 0; i < 20; i++) {
        int status = given().baseUri(base).get("health/ready").statusCode();
        expect(status == 200, "readiness through nginx after the restart answered " + status);
      }

      int[] exit = {-1};
      SubmitBurst.Result stopped =
          burst.run(
              tokens.subList(PER_BURST, 2 * PER_BURST),
              6,
              PER_BURST / 10,
              () -> exit[0] = stop(other));
      report("graceful stop of " + other.name, stopped);
      expect(
          stopped.failures().isEmpty(), "the graceful stop failed requests: " + stopped.failures());
      expect(exit[0] == 143, other.name + " exited with " + exit[0] + " on SIGTERM, not 143");
      Matcher drained = Pattern.compile("Drained in (\\d+) ms").matcher(other.log());
      expect(drained.find(), other.name + " did not log its drain");
      System.out.printf(
          "%s drained and exited %d in %s ms%n",
          other.name, exit[0], drained.find(0) ? drained.group(1) : "?");
      browsers.carryOn("after-stop");
      System.out.printf(
          "After the graceful stop: the administrator signed in %d times in all (%d extra"
              + " reloads), the respondent carried on (now on %s)%n",
          browsers.signedInAgain, browsers.reloads, browsers.respondentNode().orElse("?"));
      expect(browsers.signedInAgain == 2, "the administrator did not move with the stopped node");

      // fewer than a batch may wait in the queue for more (their order would tell who answered):
      // closing the campaign moves them
      api.admin().post("api/campaigns/" + campaign + "/close").then().statusCode(200);
      stored(campaign, killed, stopped);
    } finally {
      if (browsers != null) {
        browsers.close();
      }
      for (ProofNode n : List.of(app1, app2)) {
        if (n.alive()) {
          n.stop();
        }
      }
    }
    problems.forEach(p -> System.out.println("FAILED: " + p));
    System.out.println(problems.isEmpty() ? "Cluster proof passed" : "Cluster proof FAILED");
    return problems.isEmpty();
  }

  /** Every acknowledged submission stored exactly once, once the queue has been moved. */
  private void stored(String campaign, SubmitBurst.Result... bursts) throws Exception {
    int acknowledged = 0;
    HashSet<String> receipts = new HashSet<>();
    for (SubmitBurst.Result burst : bursts) {
      acknowledged += burst.acknowledged().size();
      receipts.addAll(burst.acknowledged().values());
    }
    expect(acknowledged == 2 * PER_BURST, "acknowledged " + acknowledged + " of " + 2 * PER_BURST);
    expect(receipts.size() == acknowledged, "receipts repeated: " + receipts.size());
    try (Connection db = DriverManager.getConnection(env("PROOF_JDBC"), env("PROOF_DB_USER"), "")) {
      // the app's role is bound by row-level security: counting every row is the system's work
      try (var scope = db.createStatement()) {
        scope.execute("SELECT set_config('cem.scope', 'system', false)");
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (count(db, "SELECT count(*) FROM submission_queue WHERE campaign_id = ?", campaign) > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      long queued =
          count(db, "SELECT count(*) FROM submission_queue WHERE campaign_id = ?", campaign);
      long responses = count(db, "SELECT count(*) FROM response WHERE campaign_id = ?", campaign);
      long used =
          count(db, "SELECT count(*) FROM invitation WHERE campaign_id = ? AND used", campaign);
      System.out.printf(
          "Stored: %d responses, %d invitations used, %d still queued, for %d acknowledged%n",
          responses, used, queued, acknowledged);
      expect(queued == 0, queued + " submissions still queued after 90 s");
      expect(responses == acknowledged, responses + " responses stored for " + acknowledged);
      expect(used == acknowledged, used + " invitations used for " + acknowledged);
    }
  }

  private void report(String what, SubmitBurst.Result result) {
    System.out.printf(
        "Burst with %s: %d requests, %d acknowledged, %d failed (tried again), %d not JSON,"
            + " longest pause between acknowledgements %d ms; %d acknowledged after the event%n",
        what,
        result.requests(),
        result.acknowledged().size(),
        result.failures().size(),
        result.notJson().size(),
        result.longestPauseMillis(),
        result.acknowledgedAfterEvent());
    // the node went away in the middle of the burst, not after it
    expect(
        result.acknowledgedAfterEvent() >= PER_BURST / 2,
        "only " + result.acknowledgedAfterEvent() + " acknowledged after the " + what);
    result.failures().stream().limit(5).forEach(f -> System.out.println("  failed: " + f));
    expect(result.notJson().isEmpty(), "answers that were not JSON: " + result.notJson());
  }

  private static void kill(ProofNode node) {
    try {
      node.kill();
      System.out.println("Killed " + node.name + " with SIGKILL");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int stop(ProofNode node) {
    try {
      System.out.println("Stopping " + node.name + " with SIGTERM");
      return node.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private void expect(boolean condition, String problem) {
    if (!condition) {
      problems.add(problem);
    }
  }

  private static long count(Connection db, String sql, String campaign) throws Exception {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, campaign);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run deploy/proof/cluster-proof");
    }
    return value;
  }
}
