package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DESIGN §9 against the database owner, on H2: a submission is queued, not stored as a response,
 * until a batch of them (20) is there; the batch is then stored in an order drawn at random, so
 * H2's hidden row ids do not keep the order the invitations were used in. The counts while the
 * campaign is open include the queued submissions; the close moves the rest, each exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class UnlinkableSubmitIT {

  static final int BATCH = 20;

  @ArquillianResource URL base;

  @Test
  void responsesAreStoredInShuffledBatchesAndCountedOnce() throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Unlinkable " + System.nanoTime(), 3, "path,headcount,customerFacing\nSales,60,true\n");
    String campaign = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP");
    List<String> tokens = api.invite(campaign, "Sales", "LEADERSHIP", 25);
    for (int i = 0; i < BATCH - 1; i++) {
      submit(api, tokens.get(i), i);
    }
    assertThat(stored(campaign)).isZero();
    assertThat(queued(campaign)).isEqualTo(BATCH - 1);
    assertThat(api.admin().get("api/campaigns/" + campaign).jsonPath().getInt("responses"))
        .isEqualTo(BATCH - 1);

    submit(api, tokens.get(BATCH - 1), BATCH - 1);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (stored(campaign) < BATCH && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(stored(campaign)).isEqualTo(BATCH);
    assertThat(queued(campaign)).isZero();
    List<Integer> byRowId = submissionsInStorageOrder(campaign);
    assertThat(byRowId)
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, BATCH).boxed().toList());
    assertThat(byRowId)
        .as("responses in the order their invitations were used")
        .isNotEqualTo(IntStream.range(0, BATCH).boxed().toList());
    // ids grow in the order the writer makes them (so that B-trees append): its shuffled order
    assertThat(submissionsInOrderOf(campaign, "r.id"))
        .as("responses by id, in the order their invitations were used")
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, BATCH).boxed().toList())
        .isNotEqualTo(IntStream.range(0, BATCH).boxed().toList());

    for (int i = BATCH; i < 25; i++) {
      submit(api, tokens.get(i), i);
    }
    assertThat(queued(campaign)).isEqualTo(25 - BATCH);
    assertThat(api.admin().get("api/campaigns/" + campaign).jsonPath().getInt("responses"))
        .isEqualTo(25);
    api.close(campaign);
    assertThat(queued(campaign)).isZero();
    assertThat(stored(campaign)).isEqualTo(25);
    assertThat(
            api.admin()
                .get("api/campaigns/" + campaign + "/results")
                .jsonPath()
                .getInt("responses"))
        .isEqualTo(25);
  }

  /** Submission i answers a1 and a2 so that i can be read back from the stored answers. */
  private static void submit(Api api, String token, int i) {
    api.anonymous()
        .body(Map.of("answers", Map.of("a1", 1 + i % 5, "a2", 1 + i / 5)))
        .post("api/survey/" + token + "/submit")
        .then()
        .statusCode(201);
  }

  private static List<Integer> submissionsInStorageOrder(String campaign) throws Exception {
    return submissionsInOrderOf(campaign, "r._ROWID_");
  }

  private static List<Integer> submissionsInOrderOf(String campaign, String order)
      throws Exception {
    List<Integer> submissions = new ArrayList<>();
    try (Connection c = Database.open();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT (SELECT a.answer FROM response_answer a WHERE a.response_id = r.id"
                    + " AND a.question_id = 'a1'), (SELECT a.answer FROM response_answer a"
                    + " WHERE a.response_id = r.id AND a.question_id = 'a2') FROM response r"
                    + " WHERE r.campaign_id = ? ORDER BY "
                    + order)) {
      s.setString(1, campaign);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          submissions.add(rows.getInt(1) - 1 + 5 * (rows.getInt(2) - 1));
        }
      }
    }
    return submissions;
  }

  private static long stored(String campaign) throws Exception {
    return Database.count("SELECT COUNT(*) FROM response WHERE campaign_id = ?", campaign);
  }

  private static long queued(String campaign) throws Exception {
    return Database.count("SELECT COUNT(*) FROM submission_queue WHERE campaign_id = ?", campaign);
  }
}
