package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organisation exported whole and imported elsewhere comes back with every figure of every
 * campaign's results equal; a file that is malformed, newer, or for a model the instance does not
 * have is refused with its problem named, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class TransferApiIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @ArquillianResource URL base;

  private static byte[] export(Api api, String orgId) {
    return api.admin()
        .get("api/organisations/" + orgId + "/export")
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  private static String importFile(Api api, byte[] file) {
    return api.admin()
        .body(file)
        .post("api/organisations/import")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Numbers to their last digit: a float would hide a difference in the sums' order. */
  private static final JsonPathConfig EXACT =
      JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.BIG_DECIMAL);

  /** Every campaign's results, by campaign name, without the ids that differ between instances. */
  private static Map<String, Object> results(Api api, String orgId) {
    Map<String, Object> byName = new HashMap<>();
    for (Map<String, Object> c :
        api.admin()
            .get("api/organisations/" + orgId + "/campaigns")
            .jsonPath()
            .<Map<String, Object>>getList("")) {
      String id = (String) c.get("id");
      if (List.of("CLOSED", "PUBLISHED").contains(c.get("status"))) {
        Map<String, Object> r =
            new HashMap<>(
                api.admin().get("api/campaigns/" + id + "/results").jsonPath(EXACT).getMap(""));
        r.remove("campaignId");
        r.put(
            "comments",
            api.admin()
                .get("api/campaigns/" + id + "/results/comments")
                .jsonPath(EXACT)
                .getMap(""));
        r.put(
            "instrument",
            api.admin()
                .get("api/campaigns/" + id + "/results/instrument")
                .jsonPath(EXACT)
                .getList(""));
        byName.put((String) c.get("name"), r);
      } else {
        byName.put(
            (String) c.get("name"),
            api.admin()
                .get("api/campaigns/" + id)
                .jsonPath()
                .getList("responsesByPhase.responses"));
      }
    }
    return byName;
  }

  @Test
  void anOrganisationComesBackElsewhereWithEveryFigureEqual() throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Round trip " + System.nanoTime(),
            3,
            "path,headcount,customerFacing\nSales,10,true\nOps,30,false\nOps/North,8,false\nLegal,4,false\n");
    api.member(orgId, "LEADER");
    String closed =
        api.campaign(orgId, "scoring-fixture", "Closed wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 4; i++) {
      api.respond(
          closed,
          "Sales",
          i % 2 == 0 ? "LEADERSHIP" : "STAFF",
          Map.of("a1", 4, "a2", 3 + i % 2, "b1", 5),
          Map.of("a1", "note " + i));
      api.respond(closed, "Ops/North", "STAFF", Map.of("a1", 2, "b1", 1 + i % 3));
      api.respond(closed, "Ops", "STAFF", Map.of("a1", 3, "a2", 2));
    }
    api.respond(closed, "Legal", "STAFF", Map.of("a1", 1));
    api.close(closed);
    String open =
        api.campaign(orgId, "scoring-fixture", "Open wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 3; i++) {
      api.respond(open, "Sales", "STAFF", Map.of("a1", 5));
    }
    String initiative =
        api.admin()
            .body(
                Map.of(
                    "title", "Carried over",
                    "dimensions", List.of("a"),
                    "departmentPaths", List.of("Sales"),
                    "milestones", List.of(Map.of("title", "First", "dueDate", "2027-01-31")),
                    "kpis", List.of(Map.of("name", "NPS", "baseline", 10, "target", 30))))
            .post("api/organisations/" + orgId + "/initiatives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.admin()
        .body(Map.of("date", "2026-11-30", "rag", "AMBER", "note", "slow start"))
        .post("api/initiatives/" + initiative + "/check-ins")
        .then()
        .statusCode(201);

    byte[] file = export(api, orgId);
    String copy = importFile(api, file);

    assertThat(copy).isNotEqualTo(orgId);
    Map<String, Object> before = results(api, orgId);
    assertThat(before).containsKeys("Closed wave", "Open wave");
    assertThat(results(api, copy)).isEqualTo(before);
    JsonPath initiatives = api.admin().get("api/organisations/" + copy + "/initiatives").jsonPath();
    assertThat(initiatives.getList("title")).containsExactly("Carried over");
    assertThat(initiatives.getString("[0].rag")).isEqualTo("AMBER");
    assertThat(initiatives.getList("[0].milestones.title")).containsExactly("First");
    assertThat(initiatives.getList("[0].checkIns.note")).containsExactly("slow start");
    assertThat(
            api.admin()
                .get("api/organisations/" + copy + "/departments")
                .jsonPath()
                .getList("path"))
        .containsExactlyInAnyOrder("Sales", "Ops", "Ops/North", "Legal");
    assertThat(api.admin().get("api/organisations/" + copy + "/audit").jsonPath().getList("action"))
        .contains("IMPORTED", "CREATED");
  }

  @Test
  void theDemoOrganisationRoundTripsToTheSameResults() {
    Api api = new Api(base);
    String demo = api.demoOrganisation();
    String copy = importFile(api, export(api, demo));
    api.rename(copy, "Northwind copy " + System.nanoTime());
    assertThat(results(api, copy)).isEqualTo(results(api, demo));
  }

  @Test
  void aBadFileIsRefusedWithItsProblemNamedAndNothingIsStored() throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Refused " + System.nanoTime(), 3, "path,headcount,customerFacing\nSales,10,true\n");
    String campaign = api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP");
    api.respond(campaign, "Sales", "LEADERSHIP", Map.of("a1", 3));
    byte[] file = export(api, orgId);
    int organisations = api.admin().get("api/organisations").jsonPath().getList("").size();

    api.admin()
        .body("{\"format\": ")
        .post("api/organisations/import")
        .then()
        .statusCode(400)
        .body("fields", hasKey("file"));
    ObjectNode newer = (ObjectNode) JSON.readTree(file);
    newer.put("formatVersion", 2);
    api.admin()
        .body(JSON.writeValueAsBytes(newer))
        .post("api/organisations/import")
        .then()
        .statusCode(400)
        .body("fields.formatVersion", containsString("newer than this instance reads"));
    ObjectNode unknownModel = (ObjectNode) JSON.readTree(file);
    ((ObjectNode) unknownModel.get("campaigns").get(0).get("campaign"))
        .put("modelVersion", "9.9.9");
    api.admin()
        .body(JSON.writeValueAsBytes(unknownModel))
        .post("api/organisations/import")
        .then()
        .statusCode(400)
        .body("fields.'campaigns[0].modelId'", containsString("not loaded on this instance"));
    ObjectNode wrongType = (ObjectNode) JSON.readTree(file);
    ((ObjectNode) wrongType.get("organisation")).put("anonymityThreshold", "five");
    api.admin()
        .body(JSON.writeValueAsBytes(wrongType))
        .post("api/organisations/import")
        .then()
        .statusCode(400)
        .body("fields", hasKey("/organisation/anonymityThreshold"));
    ObjectNode badCell = (ObjectNode) JSON.readTree(file);
    ((ObjectNode) badCell.get("campaigns").get(0).get("results").get("cells").get(0))
        .put("sums", "1 2 3");
    api.admin()
        .body(JSON.writeValueAsBytes(badCell))
        .post("api/organisations/import")
        .then()
        .statusCode(400)
        .body("fields.'campaigns[0].results.cells[0].sums'", containsString("not sums"));

    assertThat(api.admin().get("api/organisations").jsonPath().getList("")).hasSize(organisations);

    Api.TestUser hr = api.member(orgId, "HR");
    api.as(hr.email(), hr.password())
        .get("api/organisations/" + orgId + "/export")
        .then()
        .statusCode(403);
    api.as(hr.email(), hr.password())
        .body(file)
        .post("api/organisations/import")
        .then()
        .statusCode(403);
    Api.TestUser outsider = api.newUser(false);
    api.as(outsider.email(), outsider.password())
        .get("api/organisations/" + orgId + "/export")
        .then()
        .statusCode(404);
  }
}
