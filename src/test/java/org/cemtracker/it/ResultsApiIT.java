package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results API gives the figures worked out by hand in ScoringEngineTest (same model, same
 * organisation, same answers), submitted through the questionnaire API.
 */
@ExtendWith(ArquillianExtension.class)
class ResultsApiIT {

  @ArquillianResource URL base;

  private String campaign(Api api, int k, String departmentsCsv) {
    String orgId = api.organisation("Results " + System.nanoTime(), k, departmentsCsv);
    return api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
  }

  private void answer(
      Api api, String campaignId, String department, String tier, Map<String, Object> answers) {
    api.respond(campaignId, department, tier, answers);
  }

  @Test
  void theApiGivesTheHandComputedFigures() {
    Api api = new Api(base);
    String id = campaign(api, 3, "path,headcount,customerFacing\nSales,10,true\nOps,30,false\n");
    answer(api, id, "Sales", "LEADERSHIP", Map.of("a1", 5, "a2", 4, "b1", 5));
    answer(api, id, "Sales", "STAFF", Map.of("a1", 3, "a2", 3, "b1", 4));
    answer(api, id, "Sales", "STAFF", Map.of("a1", 4, "b1", 3));
    answer(api, id, "Ops", "LEADERSHIP", Map.of("a1", 2, "a2", 2, "b1", 1));
    answer(api, id, "Ops", "STAFF", Map.of("a1", 1, "a2", 3, "b1", 2));
    answer(api, id, "Ops", "STAFF", Map.of("a1", 3, "a2", 1));

    JsonPath r =
        api.admin()
            .get("api/campaigns/" + id + "/results")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(r.getInt("responses")).isEqualTo(6);
    assertThat(r.getDouble("cemIndex")).isCloseTo(30.7292, within(0.01));
    assertThat(r.getDouble("cemIndexMarginOfError")).isCloseTo(9.2860, within(0.01));
    assertThat(r.getDouble("coverage")).isCloseTo(1.0, within(0.0001));
    assertThat(r.getInt("stage.number")).isEqualTo(2);
    assertThat(r.getDouble("reach")).isCloseTo(0.25, within(0.0001));
    assertThat(r.getDouble("boltOnGap")).isCloseTo(56.25, within(0.01));
    assertThat(r.getDouble("dispersion")).isCloseTo(24.357, within(0.01));
    assertThat(r.getDouble("dimensions.find { it.id == 'a' }.score"))
        .isCloseTo(35.9375, within(0.01));
    assertThat(r.getDouble("dimensions.find { it.id == 'b' }.score"))
        .isCloseTo(28.125, within(0.01));
    assertThat(r.getDouble("departments.find { it.path == 'Sales' }.score"))
        .isCloseTo(72.9167, within(0.01));
    assertThat(r.getDouble("departments.find { it.path == 'Sales' }.marginOfError"))
        .isCloseTo(19.6512, within(0.01));
    assertThat(r.getDouble("departments.find { it.path == 'Ops' }.score"))
        .isCloseTo(16.6667, within(0.01));
    assertThat(r.getDouble("departments.find { it.path == 'Ops' }.marginOfError"))
        .isCloseTo(10.5067, within(0.01));
    // leadership has 2 < k = 3 responses: hidden with staff (the sibling rule), and the alignment
    // gap with them
    assertThat(r.getList("tiers.findAll { it.suppressed == true }.tier"))
        .containsExactlyInAnyOrder("LEADERSHIP", "STAFF");
    assertThat(r.getString("tiers.find { it.tier == 'LEADERSHIP' }.responses")).isNull();
    assertThat(r.getString("alignmentGap")).isNull();
    assertThat(r.getMap("")).containsKey("alignmentGap");
  }

  @Test
  void aGroupBelowKShowsNoCountAndNoScore() {
    Api api = new Api(base);
    String id = campaign(api, 5, "path,headcount,customerFacing\nSales,10,true\nLegal,4,false\n");
    for (int i = 0; i < 6; i++) {
      answer(api, id, "Sales", "STAFF", Map.of("a1", 4, "b1", 4));
    }
    answer(api, id, "Legal", "STAFF", Map.of("a1", 1, "b1", 1));

    JsonPath r =
        api.admin()
            .get("api/campaigns/" + id + "/results")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(r.getBoolean("departments.find { it.path == 'Legal' }.suppressed")).isTrue();
    assertThat(r.getString("departments.find { it.path == 'Legal' }.responses")).isNull();
    assertThat(r.getString("departments.find { it.path == 'Legal' }.score")).isNull();
    // Legal is hidden, so its only sibling, Sales, is hidden too; the organisation (7 ≥ 5) is shown
    assertThat(r.getBoolean("departments.find { it.path == 'Sales' }.suppressed")).isTrue();
    assertThat(r.getInt("responses")).isEqualTo(7);
    assertThat(r.getString("boltOnGap")).isNull();
  }

  @Test
  void theTrendListsTheOrganisationsCampaigns() {
    Api api = new Api(base);
    String id = campaign(api, 3, "path,headcount,customerFacing\nSales,10,true\n");
    for (int i = 0; i < 3; i++) {
      answer(api, id, "Sales", "STAFF", Map.of("a1", 5, "a2", 5, "b1", 5));
    }
    String orgId = api.admin().get("api/campaigns/" + id).path("orgId");
    JsonPath trend =
        api.admin()
            .get("api/organisations/" + orgId + "/trend")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(trend.getList("campaignId")).containsExactly(id);
    assertThat(trend.getDouble("[0].cemIndex")).isCloseTo(100.0, within(0.01));
    assertThat(trend.getInt("[0].stage.number")).isEqualTo(5);
  }

  @Test
  void aNewResponseShowsAtOnceAlthoughResultsAreCached() {
    Api api = new Api(base);
    String id = campaign(api, 3, "path,headcount,customerFacing\nSales,10,true\n");
    for (int i = 0; i < 3; i++) {
      answer(api, id, "Sales", "STAFF", Map.of("a1", 1, "a2", 1, "b1", 1));
    }
    api.admin()
        .get("api/campaigns/" + id + "/results")
        .then()
        .statusCode(200)
        .body("responses", org.hamcrest.Matchers.equalTo(3))
        .body("cemIndex", org.hamcrest.Matchers.equalTo(0.0f));
    api.admin()
        .get("api/campaigns/" + id + "/results")
        .then()
        .body("responses", org.hamcrest.Matchers.equalTo(3));

    answer(api, id, "Sales", "STAFF", Map.of("a1", 5, "a2", 5, "b1", 5));

    // (3 × 1 + 5)/4 = 2 on every question → 25
    api.admin()
        .get("api/campaigns/" + id + "/results")
        .then()
        .body("responses", org.hamcrest.Matchers.equalTo(4))
        .body("cemIndex", org.hamcrest.Matchers.equalTo(25.0f));
  }

  @Test
  void anotherTenantsResultsAre404() {
    Api api = new Api(base);
    String id = campaign(api, 3, "path,headcount,customerFacing\nSales,10,true\n");
    Api.TestUser outsider = api.newUser(false);
    api.as(outsider.email(), outsider.password())
        .get("api/campaigns/" + id + "/results")
        .then()
        .statusCode(404);
  }
}
