package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results API gives the figures worked out by hand in ScoringEngineTest (same model, same
 * organisation, same answers), submitted through the questionnaire API, and no group below k can be
 * had from it by the reads an attacker has (DESIGN §4 rule 12).
 */
@ExtendWith(ArquillianExtension.class)
class ResultsApiIT {

  static final String SALES_AND_OPS =
      "path,headcount,customerFacing\nSales,10,true\nOps,30,false\n";

  @ArquillianResource URL base;

  private String campaign(Api api, int k, String departmentsCsv) {
    String orgId = api.organisation("Results " + System.nanoTime(), k, departmentsCsv);
    return api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
  }

  private static JsonPath results(Api api, String campaignId) {
    return api.admin()
        .get("api/campaigns/" + campaignId + "/results")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theApiGivesTheHandComputedFigures() {
    Api api = new Api(base);
    String id = campaign(api, 3, SALES_AND_OPS);
    api.respond(id, "Sales", "LEADERSHIP", Map.of("a1", 5, "a2", 4, "b1", 5));
    api.respond(id, "Sales", "LEADERSHIP", Map.of("a1", 3, "a2", 3, "b1", 4));
    api.respond(id, "Sales", "STAFF", Map.of("a1", 4, "b1", 3));
    api.respond(id, "Ops", "LEADERSHIP", Map.of("a1", 2, "a2", 2, "b1", 1));
    api.respond(id, "Ops", "STAFF", Map.of("a1", 1, "a2", 3, "b1", 2));
    api.respond(id, "Ops", "STAFF", Map.of("a1", 3, "a2", 1));
    api.close(id);

    JsonPath r = results(api, id);

    assertThat(r.getInt("responses")).isEqualTo(6);
    assertThat(r.getInt("withheld")).isZero();
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
    assertThat(r.getDouble("tiers.find { it.tier == 'LEADERSHIP' }.score"))
        .isCloseTo(56.9444, within(0.01));
    assertThat(r.getDouble("tiers.find { it.tier == 'LEADERSHIP' }.marginOfError"))
        .isCloseTo(50.4163, within(0.01));
    assertThat(r.getDouble("alignmentGap")).isCloseTo(20.8333, within(0.01));
    assertThat(r.getDouble("questions.find { it.id == 'a2' }.mean")).isCloseTo(2.6, within(0.001));

    // question by question: the organisation, then Sales (its own responses) picked by key
    JsonPath org = api.questions(id, null);
    assertThat(org.getString("group.key")).isEqualTo("organisation");
    assertThat(org.getList(A1 + ".distribution", Integer.class)).containsExactly(1, 1, 2, 1, 1);
    assertThat(org.getInt(A2 + ".asked")).isEqualTo(6);
    assertThat(org.getInt(A2 + ".answered")).isEqualTo(5);
    assertThat(org.getInt(A2 + ".dontKnow")).isEqualTo(1);
    assertThat(org.getList("bands.favourable", Integer.class)).containsExactly(4, 5);
    String sales = org.getString("groups.find { it.label == 'Sales' }.key");
    JsonPath own = api.questions(id, sales);
    assertThat(own.getInt("group.responses")).isEqualTo(3);
    assertThat(own.getDouble(A1 + ".mean")).isCloseTo(4.0, within(1e-9));
    assertThat(own.getDouble(A1 + ".score")).isCloseTo(75.0, within(1e-9));
    assertThat(own.getInt(A1 + ".favourable")).isEqualTo(2);
    assertThat(own.getInt(A1 + ".neutral")).isEqualTo(1);
    api.admin()
        .queryParam("group", "department:" + UUID.randomUUID())
        .get("api/campaigns/" + id + "/results/questions")
        .then()
        .statusCode(400)
        .body("fields.group", startsWith("is not a group"));
  }

  private static final String A1 =
      "dimensions.find { it.id == 'a' }.questions.find { it.id == 'a1' }";
  private static final String A2 =
      "dimensions.find { it.id == 'a' }.questions.find { it.id == 'a2' }";

  @Test
  void anOpenCampaignHasNoResultsSoOneResponseCannotBeTakenOutOfTwoReadings() {
    Api api = new Api(base);
    String id = campaign(api, 3, SALES_AND_OPS);
    for (int i = 0; i < 5; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 3, "a2", 3, "b1", 3));
    }
    api.admin()
        .get("api/campaigns/" + id + "/results")
        .then()
        .statusCode(409)
        .body("error", containsString("released when the campaign closes"));
    for (String path : List.of("/results/instrument", "/results/comments", "/recommendations")) {
      api.admin().get("api/campaigns/" + id + path).then().statusCode(409);
    }
    api.respond(id, "Sales", "STAFF", Map.of("a1", 5, "a2", 5, "b1", 5));
    api.admin().get("api/campaigns/" + id + "/results").then().statusCode(409);
    String orgId = api.admin().get("api/campaigns/" + id).path("orgId");
    assertThat(api.admin().get("api/organisations/" + orgId + "/trend").jsonPath().getList(""))
        .isEmpty();

    api.close(id);
    assertThat(results(api, id).getInt("responses")).isEqualTo(6);
    // closed for good: no more answers, no reopening
    String late = api.invite(id, "Sales", "STAFF", 1, 409);
    assertThat(late).isNull();
    api.admin().post("api/campaigns/" + id + "/phases/STAFF/open").then().statusCode(409);
  }

  @Test
  void submissionsRacingTheCloseAreCountedOrRefusedAndResultsNeverChangeAfterIt() throws Exception {
    Api api = new Api(base);
    String id = campaign(api, 3, SALES_AND_OPS);
    for (int i = 0; i < 3; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 3, "a2", 3, "b1", 3));
    }
    List<String> tokens =
        api.admin()
            .body(Map.of("departmentPath", "Sales", "tier", "STAFF", "count", 40))
            .post("api/campaigns/" + id + "/invitations")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> submits = new ArrayList<>();
    for (String token : tokens) {
      submits.add(
          pool.submit(
              () ->
                  api.anonymous()
                      .body(Map.of("answers", Map.of("a1", 5, "a2", 5, "b1", 5)))
                      .post("api/survey/" + token + "/submit")
                      .statusCode()));
    }
    Thread.sleep(150);
    api.close(id);
    JsonPath atClose = results(api, id);
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> submit : submits) {
      statuses.add(submit.get());
    }
    pool.shutdown();
    JsonPath later = results(api, id);

    assertThat(statuses).allMatch(s -> s == 201 || s == 409);
    long counted = statuses.stream().filter(s -> s == 201).count();
    assertThat(later.getInt("responses")).isEqualTo(3 + (int) counted);
    assertThat(later.getInt("responses")).isEqualTo(atClose.getInt("responses"));
    assertThat(later.getDouble("cemIndex")).isEqualTo(atClose.getDouble("cemIndex"));
  }

  @Test
  void aLoneSmallDepartmentMovesNoFigure() {
    // Legal's 2 answers below k = 5: with them withheld, the index and the dimension scores are
    // the weighted means of Sales and Ops alone, so subtracting the visible departments gives 0
    Api api = new Api(base);
    String csv = "path,headcount,customerFacing\nSales,10,true\nOps,30,false\nLegal,4,false\n";
    String lowId = smallDepartmentWave(api, csv, 1);
    String highId = smallDepartmentWave(api, csv, 5);
    JsonPath low = results(api, lowId);
    JsonPath high = results(api, highId);

    assertThat(low.getBoolean("departments.find { it.path == 'Legal' }.hidden")).isTrue();
    assertThat(low.getString("departments.find { it.path == 'Legal' }.responses")).isNull();
    assertThat(low.getString("departments.find { it.path == 'Legal' }.score")).isNull();
    assertThat(low.getBoolean("departments.find { it.path == 'Legal' }.covered")).isFalse();
    // Sales 4 → 75, Ops 2 → 25: (10 × 75 + 30 × 25)/40 = 37.5
    assertThat(low.getDouble("cemIndex")).isCloseTo(37.5, within(0.0001));
    assertThat(low.getBoolean("withheldFewerThanK")).isTrue();
    assertThat(low.getString("withheld")).isNull();
    // Legal answering 1 or 5 makes no difference to any figure
    for (String figure :
        List.of(
            "cemIndex",
            "cemIndexMarginOfError",
            "reach",
            "boltOnGap",
            "dispersion",
            "coverage",
            "responses",
            "dimensions",
            "tiers",
            "questions",
            "departments")) {
      assertThat(high.get(figure).toString()).as(figure).isEqualTo(low.get(figure).toString());
    }
    // nor to any group a filter offers, question by question; Legal is not among them
    JsonPath lowGroups = api.questions(lowId, null);
    JsonPath highGroups = api.questions(highId, null);
    List<String> labels = lowGroups.getList("groups.label", String.class);
    assertThat(labels).contains("Sales", "Ops", "Staff tier").doesNotContain("Legal");
    assertThat(highGroups.getList("groups.label", String.class)).isEqualTo(labels);
    for (String label : labels) {
      String find = "groups.find { it.label == '" + label + "' }.key";
      JsonPath a = api.questions(lowId, lowGroups.getString(find));
      JsonPath b = api.questions(highId, highGroups.getString(find));
      assertThat(b.get("dimensions").toString())
          .as(label)
          .isEqualTo(a.get("dimensions").toString());
    }
  }

  private String smallDepartmentWave(Api api, String csv, int legalLevel) {
    String id = campaign(api, 5, csv);
    for (int i = 0; i < 6; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 4, "a2", 4, "b1", 4));
      api.respond(id, "Ops", "STAFF", Map.of("a1", 2, "a2", 2, "b1", 2));
    }
    for (int i = 0; i < 2; i++) {
      api.respond(
          id, "Legal", "STAFF", Map.of("a1", legalLevel, "a2", legalLevel, "b1", legalLevel));
    }
    api.close(id);
    return id;
  }

  @Test
  void theMonitorsTotalMinusItsVisibleTiersGivesNoHiddenCount() {
    Api api = new Api(base);
    String id = campaign(api, 5, SALES_AND_OPS);
    api.respond(id, "Sales", "LEADERSHIP", Map.of("a1", 4));
    api.respond(id, "Sales", "LEADERSHIP", Map.of("a1", 4));
    for (int i = 0; i < 10; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 3));
      api.respond(id, "Ops", "STAFF", Map.of("a1", 3));
    }
    JsonPath monitor =
        api.admin().get("api/campaigns/" + id).then().statusCode(200).extract().jsonPath();

    int total = monitor.getInt("responses");
    int visibleTiers =
        monitor
            .getList("responsesByPhase.findAll { it.responses != null }.responses", Integer.class)
            .stream()
            .mapToInt(Integer::intValue)
            .sum();
    assertThat(monitor.getBoolean("responsesByPhase.find { it.tier == 'LEADERSHIP' }.hidden"))
        .isTrue();
    // 2 leaders answered; nothing shown adds up to that
    assertThat(total - visibleTiers).isZero();
    assertThat(monitor.getInt("responseCounts.find { it.departmentPath == 'Sales' }.responses"))
        .isEqualTo(10);
    assertThat(monitor.getString("withheld")).isNull();
    assertThat(monitor.getBoolean("withheldFewerThanK")).isTrue();
    // the 2 leadership invitations would say the same beside a hidden leadership
    assertThat(monitor.getString("responsesByPhase.find { it.tier == 'LEADERSHIP' }.invited"))
        .isNull();
    assertThat(monitor.getInt("responsesByPhase.find { it.tier == 'STAFF' }.invited"))
        .isEqualTo(20);
  }

  @Test
  void kAndTheTreeChangedAfterTheFirstPhaseOpenedChangeNothing() {
    Api api = new Api(base);
    String orgId = api.organisation("Frozen " + System.nanoTime(), 5, SALES_AND_OPS);
    String id = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 4; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 5, "a2", 5, "b1", 5));
    }
    for (int i = 0; i < 6; i++) {
      api.respond(id, "Ops", "STAFF", Map.of("a1", 1, "a2", 1, "b1", 1));
    }
    // HR lowers k below Sales' 4 responses and doubles Ops' headcount after people answered
    long version = api.admin().get("api/organisations/" + orgId).jsonPath().getLong("version");
    api.admin()
        .body(Map.of("anonymityThreshold", 3, "version", version))
        .patch("api/organisations/" + orgId)
        .then()
        .statusCode(200);
    api.admin()
        .contentType("text/csv")
        .body("path,headcount,customerFacing\nSales,10,true\nOps,60,false\nNew,5,false\n")
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(200);
    api.invite(id, "New", "STAFF", 1, 400);
    api.close(id);

    JsonPath r = results(api, id);
    assertThat(r.getInt("anonymityThreshold")).isEqualTo(5);
    assertThat(r.getBoolean("departments.find { it.path == 'Sales' }.hidden")).isTrue();
    assertThat(r.getInt("departments.find { it.path == 'Ops' }.headcount")).isEqualTo(30);
    assertThat(r.getList("departments.path")).doesNotContain("New");
    assertThat(r.getDouble("cemIndex")).isCloseTo(0.0, within(0.0001));
    // a campaign opened now takes the new k and tree
    String next = api.campaign(orgId, "scoring-fixture", "Next", "LEADERSHIP");
    assertThat(api.admin().get("api/campaigns/" + next).jsonPath().getInt("anonymityThreshold"))
        .isEqualTo(3);
  }

  @Test
  void commentsShowOnlyForGroupsOfAtLeastCAndNeverFromWithheldCells() {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Comments " + System.nanoTime(),
            5,
            "path,headcount,customerFacing\nSales,20,true\nOps,20,false\nFinance,10,false\nLegal,4,false\n");
    long version = api.admin().get("api/organisations/" + orgId).jsonPath().getLong("version");
    api.admin()
        .body(Map.of("commentThreshold", 6, "version", version))
        .patch("api/organisations/" + orgId)
        .then()
        .statusCode(200)
        .body("commentThreshold", equalTo(6));
    String id = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 7; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 4), Map.of("a1", "Sales says " + i));
    }
    for (int i = 0; i < 5; i++) {
      api.respond(id, "Ops", "STAFF", Map.of("b1", 2), Map.of("b1", "Ops says " + i));
    }
    for (int i = 0; i < 5; i++) {
      api.respond(id, "Finance", "STAFF", Map.of("b1", 3), Map.of("b1", "Finance says " + i));
    }
    api.respond(id, "Legal", "STAFF", Map.of("b1", 1), Map.of("b1", "Legal says something"));
    api.close(id);

    JsonPath comments =
        api.admin()
            .get("api/campaigns/" + id + "/results/comments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(comments.getInt("threshold")).isEqualTo(6);
    // Sales (7 ≥ c) on its own; Ops and Finance (5 each, below c) pooled: 10 ≥ c
    assertThat(comments.getList("dimensions.find { it.dimensionId == 'a' }.groups.label"))
        .containsExactly("Sales");
    assertThat(comments.getList("dimensions.find { it.dimensionId == 'a' }.groups[0].comments"))
        .hasSize(7)
        .isSorted();
    assertThat(comments.getList("dimensions.find { it.dimensionId == 'b' }.groups.label"))
        .containsExactly("Other departments");
    List<String> pooled =
        comments.getList("dimensions.find { it.dimensionId == 'b' }.groups[0].comments");
    assertThat(pooled).hasSize(10).isSorted();
    // Legal's one response is withheld: its comment is nowhere
    assertThat(comments.prettify()).doesNotContain("Legal says");
    // themes (issue 16) are made of the released comments only: Legal's is not counted in any
    assertThat(comments.getString("themes.find { it.dimensionId == 'a' }.themes[0].label"))
        .isEqualTo("says · sales");
    assertThat(comments.getInt("themes.find { it.dimensionId == 'a' }.themes[0].comments"))
        .isEqualTo(7);
    assertThat(comments.getInt("themes.find { it.dimensionId == 'b' }.comments")).isEqualTo(10);
    List<Integer> counted =
        comments.getList("themes.find { it.dimensionId == 'b' }.themes.comments", Integer.class);
    assertThat(
            counted.stream().mapToInt(Integer::intValue).sum()
                + comments.getInt("themes.find { it.dimensionId == 'b' }.unthemed"))
        .isEqualTo(10);
  }

  @Test
  void aLeaderReadsResultsOnceTheyArePublished() {
    Api api = new Api(base);
    String orgId = api.organisation("Publish " + System.nanoTime(), 3, SALES_AND_OPS);
    Api.TestUser leader = api.member(orgId, "LEADER");
    String id = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 3; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 5, "a2", 5, "b1", 5));
    }
    api.close(id);
    api.as(leader.email(), leader.password())
        .get("api/campaigns/" + id + "/results")
        .then()
        .statusCode(409)
        .body("error", containsString("once the consultant publishes them"));
    assertThat(
            api.as(leader.email(), leader.password())
                .get("api/organisations/" + orgId + "/trend")
                .jsonPath()
                .getList(""))
        .isEmpty();
    api.admin().post("api/campaigns/" + id + "/publish").then().statusCode(200);
    api.as(leader.email(), leader.password())
        .get("api/campaigns/" + id + "/results")
        .then()
        .statusCode(200)
        .body("cemIndex", equalTo(100.0f));
    JsonPath trend =
        api.as(leader.email(), leader.password())
            .get("api/organisations/" + orgId + "/trend")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(trend.getList("campaignId")).containsExactly(id);
    assertThat(trend.getInt("[0].stage.number")).isEqualTo(5);
  }

  @Test
  void aDepartmentHeadSeesTheOrganisationAndTheirOwnDepartmentsButNoOtherDepartment() {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Heads " + System.nanoTime(),
            3,
            "path,headcount,customerFacing\nSales,10,true\nSales/Field,10,true\n"
                + "Service,10,true\nOps,30,false\n");
    Api.TestUser head = api.member(orgId, "DEPARTMENT_HEAD", "Sales");
    String id = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (String department : List.of("Sales", "Sales/Field", "Service", "Ops")) {
      for (int i = 0; i < 3; i++) {
        api.respond(id, department, "STAFF", Map.of("a1", 4, "a2", 3, "b1", 2));
      }
    }
    api.close(id);
    api.publish(id);
    JsonPath all = results(api, id);
    JsonPath own =
        api.as(head.email(), head.password())
            .get("api/campaigns/" + id + "/results")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // the organisation's figures are the same for both readers
    assertThat(own.getDouble("cemIndex")).isEqualTo(all.getDouble("cemIndex"));
    assertThat(own.getList("dimensions.score")).isEqualTo(all.getList("dimensions.score"));
    // but only the departments they head, with everything below them
    assertThat(all.getList("departments.path", String.class))
        .contains("Service", "Ops", "Sales", "Sales/Field");
    assertThat(own.getList("departments.path", String.class))
        .containsExactlyInAnyOrder("Sales", "Sales/Field");
    // and no figure over every department that, with the headcounts, gives the others back
    assertThat(all.getDouble("boltOnGap")).isNotNull();
    assertThat(own.getString("boltOnGap")).isNull();
    assertThat(own.getString("reach")).isNull();
    assertThat(own.getString("dispersion")).isNull();

    JsonPath groups = api.questions(id, null);
    String ops = groups.getString("groups.find { it.label == 'Ops' }.key");
    JsonPath offered =
        api.as(head.email(), head.password())
            .get("api/campaigns/" + id + "/results/questions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(offered.getList("groups.label", String.class))
        .contains("Whole organisation", "Staff tier", "Sales and below", "Sales/Field")
        .doesNotContain("Ops", "Service", "Customer-facing departments", "Other departments");
    // another department's figures are refused by name, as a key that names no group
    api.as(head.email(), head.password())
        .get("api/campaigns/" + id + "/results/questions?group=" + ops)
        .then()
        .statusCode(400)
        .body("error", containsString("group"));
    // the trend of the organisation stays theirs to read
    api.as(head.email(), head.password())
        .get("api/organisations/" + orgId + "/trend")
        .then()
        .statusCode(200);
  }

  @Test
  void aLeaderSharesASummaryThatAnyoneWithTheLinkReadsAndNoDepartmentIsInIt() {
    Api api = new Api(base);
    String orgId = api.organisation("Share " + System.nanoTime(), 3, SALES_AND_OPS);
    Api.TestUser leader = api.member(orgId, "LEADER");
    Api.TestUser hr = api.member(orgId, "HR");
    Api.TestUser head = api.member(orgId, "DEPARTMENT_HEAD", "Sales");
    String id = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (String department : List.of("Sales", "Ops")) {
      for (int i = 0; i < 3; i++) {
        api.respond(id, department, "STAFF", Map.of("a1", 4, "a2", 2, "b1", 3));
      }
    }
    api.close(id);
    String link = "api/campaigns/" + id + "/summary-link";
    // closed but not yet published: nothing to share with everyone
    api.admin().post(link).then().statusCode(409).body("error", containsString("published"));
    api.publish(id);
    for (Api.TestUser refused : List.of(hr, head)) {
      api.as(refused.email(), refused.password()).post(link).then().statusCode(403);
    }
    String url =
        api.as(leader.email(), leader.password())
            .post(link)
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    String token = url.substring(url.lastIndexOf('/') + 1);
    assertThat(url).endsWith("/summary/" + token);

    JsonPath all = results(api, id);
    String body =
        api.anonymous().get("api/summaries/" + token).then().statusCode(200).extract().asString();
    JsonPath summary = new JsonPath(body);
    assertThat(summary.getDouble("cemIndex")).isEqualTo(all.getDouble("cemIndex"));
    assertThat(summary.getList("dimensions.score")).isEqualTo(all.getList("dimensions.score"));
    assertThat(summary.getInt("responses")).isEqualTo(6);
    // the organisation's level only: no department, question or comment travels with it
    assertThat(body).doesNotContain("Sales", "Ops", "a1", "departments", "questions");

    // a new link replaces the old one; stopping ends the new one too
    String again =
        api.as(leader.email(), leader.password())
            .post(link)
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    api.anonymous().get("api/summaries/" + token).then().statusCode(404);
    String second = again.substring(again.lastIndexOf('/') + 1);
    api.anonymous().get("api/summaries/" + second).then().statusCode(200);
    api.as(leader.email(), leader.password()).delete(link).then().statusCode(204);
    api.anonymous()
        .get("api/summaries/" + second)
        .then()
        .statusCode(404)
        .body("error", containsString("No summary is shared under this link"));
    // another tenant's campaign is not found, as every other read of it
    Api.TestUser outsider = api.newUser(false);
    api.as(outsider.email(), outsider.password()).post(link).then().statusCode(404);
  }

  @Test
  void anotherTenantsResultsAre404() {
    Api api = new Api(base);
    String id = campaign(api, 3, "path,headcount,customerFacing\nSales,10,true\n");
    api.close(id);
    Api.TestUser outsider = api.newUser(false);
    for (String path :
        List.of("/results", "/results/instrument", "/results/comments", "/results/questions")) {
      api.as(outsider.email(), outsider.password())
          .get("api/campaigns/" + id + path)
          .then()
          .statusCode(404);
    }
  }

  static final Map<String, Integer> TOP =
      Map.of(
          "p-listen-1",
          4,
          "p-listen-2",
          3,
          "p-share-1",
          5,
          "p-share-2",
          1,
          "p-design-1",
          3,
          "p-fix-1",
          4);
  static final Map<String, Integer> BOTTOM =
      Map.of(
          "p-listen-1",
          1,
          "p-listen-2",
          1,
          "p-share-1",
          1,
          "p-share-2",
          5,
          "p-design-1",
          1,
          "p-fix-1",
          2);

  /** Issue 18, item 1: a format 2 model through the API, from the questionnaire to its groups. */
  @Test
  void aFormatTwoModelScoresByItsLevelValuesAndShowsItsGroups() {
    Api api = new Api(base);
    String orgId = api.organisation("Format two " + System.nanoTime(), 3, SALES_AND_OPS);
    String id = api.campaign(orgId, "format-two", "Audit", "LEADERSHIP", "MANAGEMENT", "STAFF");
    String token = api.invite(id, "Ops", "STAFF", 1).get(0);
    JsonPath questionnaire =
        api.anonymous().get("api/survey/" + token).then().statusCode(200).extract().jsonPath();
    String listen = "sections.questions.flatten().find { it.id == 'p-listen-1' }";
    assertThat(questionnaire.getList(listen + ".anchors", String.class))
        .hasSize(4)
        .first()
        .isEqualTo("Nothing of the practice exists.");
    assertThat(questionnaire.getString(listen + ".criteria")).startsWith("Counts only if");
    // the fifth level of a four-level answer set is refused, and nothing is stored
    Map<String, Object> fields =
        api.anonymous()
            .body(Map.of("answers", Map.of("p-listen-1", 5)))
            .post("api/survey/" + token + "/submit")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getMap("fields");
    assertThat(fields)
        .containsEntry("answers.p-listen-1", "must be a level from 1 to 4, or null for don't know");
    // the refused submission left the link unused
    api.anonymous()
        .body(Map.of("answers", BOTTOM))
        .post("api/survey/" + token + "/submit")
        .then()
        .statusCode(201);
    for (int i = 0; i < 3; i++) {
      api.respond(id, "Sales", "LEADERSHIP", TOP);
      if (i > 0) {
        api.respond(id, "Ops", "STAFF", BOTTOM);
      }
    }
    api.close(id);

    JsonPath r = results(api, id);
    // Sales: listen (100 + 2 × 50) / 3, share, design and fix 100 → (66.67 + 2 × 100 + 200) / 5
    assertThat(r.getDouble("departments.find { it.path == 'Sales' }.score"))
        .isCloseTo(93.3333, within(0.01));
    // Ops: Fully reversed (p-share-2 at 5) counts 0; Partly on fix counts 25 → 25 / 5
    assertThat(r.getDouble("departments.find { it.path == 'Ops' }.score"))
        .isCloseTo(5.0, within(0.01));
    assertThat(r.getDouble("cemIndex")).isCloseTo((10 * 93.3333 + 30 * 5) / 40, within(0.01));
    assertThat(r.getInt("stage.number")).isEqualTo(1);
    assertThat(r.getDouble("groups.find { it.id == 'insight' }.score"))
        .isCloseTo((16.6667 + 2 * 25) / 3, within(0.01));
    assertThat(r.getDouble("groups.find { it.id == 'delivery' }.score"))
        .isCloseTo((25 + 43.75) / 2, within(0.01));
    assertThat(r.getDouble("groups.find { it.id == 'delivery' }.alignmentGap"))
        .isCloseTo(100 - 12.5, within(0.01));
  }
}
