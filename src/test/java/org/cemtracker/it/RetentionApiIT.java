package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention run with a clock in the future: the raw answers and comments of a campaign closed
 * longer ago than its organisation keeps them are gone, its results are exactly as they were, and
 * nothing of an organisation without retention is touched.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionApiIT {

  static final String ANSWERS =
      "SELECT COUNT(*) FROM RESPONSE_ANSWER a JOIN RESPONSE r ON r.ID = a.RESPONSE_ID"
          + " WHERE r.CAMPAIGN_ID = ?";

  @ArquillianResource URL base;

  private String answeredCampaign(Api api, String orgId) {
    String id = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 4; i++) {
      api.respond(
          id, "Sales", "STAFF", Map.of("a1", 4, "a2", 3, "b1", 5), Map.of("a1", "kept " + i));
    }
    api.close(id);
    return id;
  }

  @Test
  void rawAnswersAndCommentsGoAfterTheRetentionPeriodAndTheResultsStayExactly() throws Exception {
    Api api = new Api(base);
    String csv = "path,headcount,customerFacing\nSales,10,true\n";
    String orgId = api.organisation("Retention " + System.nanoTime(), 3, csv);
    long version = api.admin().get("api/organisations/" + orgId).jsonPath().getLong("version");
    api.admin()
        .body(Map.of("retentionMonths", 1, "commentThreshold", 3, "version", version))
        .patch("api/organisations/" + orgId)
        .then()
        .statusCode(200);
    String id = answeredCampaign(api, orgId);
    String other =
        answeredCampaign(api, api.organisation("No retention " + System.nanoTime(), 3, csv));
    String results = api.admin().get("api/campaigns/" + id + "/results").asString();
    String counts = api.admin().get("api/campaigns/" + id).jsonPath().getString("responseCounts");
    assertThat(
            api.admin()
                .get("api/campaigns/" + id + "/results/comments")
                .jsonPath()
                .getList("dimensions"))
        .isNotEmpty();

    Api.TestUser someone = api.member(orgId, "HR");
    api.as(someone.email(), someone.password()).post("api/admin/retention").then().statusCode(403);
    // today is within the month after the close: nothing goes
    JsonPath now =
        api.admin().post("api/admin/retention").then().statusCode(200).extract().jsonPath();
    assertThat(now.getList("campaignIds")).doesNotContain(id);
    assertThat(Database.count(ANSWERS, id)).isEqualTo(12);

    String later = OffsetDateTime.now(ZoneOffset.UTC).plusMonths(2).toString();
    JsonPath run =
        api.admin()
            .post("api/admin/retention?asOf=" + later)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(run.getList("campaignIds")).contains(id).doesNotContain(other);

    assertThat(Database.count(ANSWERS, id)).isZero();
    assertThat(Database.count("SELECT COUNT(*) FROM RESULT_COMMENT WHERE CAMPAIGN_ID = ?", id))
        .isZero();
    assertThat(Database.count(ANSWERS, other)).isEqualTo(12);
    assertThat(api.admin().get("api/campaigns/" + id + "/results").asString()).isEqualTo(results);
    assertThat(api.admin().get("api/campaigns/" + id).jsonPath().getString("responseCounts"))
        .isEqualTo(counts);
    assertThat(
            api.admin()
                .get("api/campaigns/" + id + "/results/comments")
                .jsonPath()
                .getList("dimensions"))
        .isEmpty();
    api.admin().post("api/admin/retention?asOf=tomorrow").then().statusCode(400);
  }
}
