package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submissions arriving together are committed together, and still each on its own terms: one link
 * submitted at once from many clients is stored once and everyone gets its one receipt; a bad
 * submission in a burst is refused alone while the others are stored.
 */
@ExtendWith(ArquillianExtension.class)
class GroupCommitIT {

  @ArquillianResource URL base;

  @Test
  void aBurstIsStoredOnceEachAndABadSubmissionIsRefusedAlone() throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Group commit " + System.nanoTime(),
            3,
            "path,headcount,customerFacing\nSales,90,true\n");
    String campaign = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP");
    List<String> tokens = api.invite(campaign, "Sales", "LEADERSHIP", 40);
    String shared = tokens.get(0);
    ExecutorService clients = Executors.newFixedThreadPool(16);
    List<Future<Response>> sameLink = new ArrayList<>();
    List<Future<Response>> burst = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sameLink.add(clients.submit(() -> submit(api, shared, 4)));
    }
    for (int i = 1; i < 40; i++) {
      // the tenth is out of the scale's range
      int level = i == 10 ? 9 : 1 + i % 5;
      String token = tokens.get(i);
      burst.add(clients.submit(() -> submit(api, token, level)));
    }
    List<Integer> sameStatuses = new ArrayList<>();
    List<String> receipts = new ArrayList<>();
    for (Future<Response> f : sameLink) {
      sameStatuses.add(f.get().statusCode());
      receipts.add(f.get().path("receipt"));
    }
    assertThat(sameStatuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
    assertThat(receipts).doesNotContainNull().containsOnly(receipts.get(0));
    List<Integer> burstStatuses = new ArrayList<>();
    for (Future<Response> f : burst) {
      burstStatuses.add(f.get().statusCode());
    }
    clients.shutdown();
    assertThat(burstStatuses.get(9)).isEqualTo(400);
    assertThat(burstStatuses).filteredOn(s -> s == 201).hasSize(38);
    assertThat(
            Database.count("SELECT COUNT(*) FROM submission_queue WHERE campaign_id = ?", campaign)
                + Database.count("SELECT COUNT(*) FROM response WHERE campaign_id = ?", campaign))
        .isEqualTo(39);
    api.close(campaign);
    assertThat(
            api.admin()
                .get("api/campaigns/" + campaign + "/results")
                .jsonPath()
                .getInt("responses"))
        .isEqualTo(39);
  }

  private static Response submit(Api api, String token, int level) {
    return api.anonymous()
        .body(Map.of("answers", Map.of("a1", level)))
        .post("api/survey/" + token + "/submit");
  }
}
