package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** From organisation to submitted responses over REST, with every error path of API.md. */
@ExtendWith(ArquillianExtension.class)
class CampaignApiIT {

  @ArquillianResource URL base;
  private Api api;
  private Api.TestUser consultant;
  private String orgId;
  private String campaignId;

  @BeforeEach
  void setUp() {
    api = new Api(base);
    consultant = api.newUser(false);
    orgId =
        api.admin()
            .body(Map.of("name", "Campaign org " + System.nanoTime()))
            .post("api/organisations")
            .path("id");
    api.admin()
        .body(Map.of("email", consultant.email(), "role", "CONSULTANT"))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(201);
    asConsultant()
        .contentType("text/csv")
        .body(OrganisationApiIT.CSV)
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(200);
    campaignId =
        asConsultant()
            .body(Map.of("modelId", "cem-maturity", "name", "Wave 1"))
            .post("api/organisations/" + orgId + "/campaigns")
            .then()
            .statusCode(201)
            .body("modelVersion", equalTo("1.0.0"))
            .body("status", equalTo("DRAFT"))
            .body("phases.open", everyItem(equalTo(false)))
            .extract()
            .path("id");
  }

  private RequestSpecification asConsultant() {
    return api.as(consultant.email(), consultant.password());
  }

  private List<String> invite(String department, String tier, int count) {
    return asConsultant()
        .body(Map.of("departmentPath", department, "tier", tier, "count", count))
        .post("api/campaigns/" + campaignId + "/invitations")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  private Response submit(String token, Map<String, Object> answers) {
    return api.anonymous().body(Map.of("answers", answers)).post("api/survey/" + token + "/submit");
  }

  @Test
  void anUnknownModelIsNamed() {
    asConsultant()
        .body(Map.of("modelId", "nope", "name", "x"))
        .post("api/organisations/" + orgId + "/campaigns")
        .then()
        .statusCode(400)
        .body("fields.modelId", containsString("nope"));
  }

  @Test
  void phasesOpenTopDown() {
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/MANAGEMENT/open")
        .then()
        .statusCode(409)
        .body("error", containsString("top-down"));
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/STAFF/open")
        .then()
        .statusCode(409);
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/MANAGEMENT/open")
        .then()
        .statusCode(200);
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/EVERYONE/open")
        .then()
        .statusCode(400)
        .body("fields.tier", containsString("LEADERSHIP"));
  }

  @Test
  void invitationsAreUnguessableAndShownOnce() {
    List<String> tokens = invite("Sales", "LEADERSHIP", 3);
    assertThat(tokens)
        .hasSize(3)
        .doesNotHaveDuplicates()
        .allSatisfy(t -> assertThat(t).hasSizeGreaterThanOrEqualTo(43));
    asConsultant()
        .body(
            Map.of(
                "departmentPath",
                "Sales",
                "tier",
                "STAFF",
                "emails",
                List.of("a@example.org", "b@example.org")))
        .post("api/campaigns/" + campaignId + "/invitations")
        .then()
        .statusCode(201)
        .body("email", equalTo(List.of("a@example.org", "b@example.org")))
        .body("url[0]", containsString("/survey/"));
    asConsultant()
        .get("api/campaigns/" + campaignId)
        .then()
        .body(not(containsString(tokens.get(0))));
  }

  @Test
  void invalidInvitationRequestsNameEveryField() {
    asConsultant()
        .body(Map.of("departmentPath", "Nowhere", "tier", "EVERYONE", "count", 0))
        .post("api/campaigns/" + campaignId + "/invitations")
        .then()
        .statusCode(400)
        .body("fields.departmentPath", containsString("Nowhere"))
        .body("fields.tier", containsString("LEADERSHIP"))
        .body("fields.count", containsString("1"));
    asConsultant()
        .body(
            Map.of(
                "departmentPath",
                "Sales",
                "tier",
                "STAFF",
                "emails",
                List.of("ok@example.org", "not-an-email")))
        .post("api/campaigns/" + campaignId + "/invitations")
        .then()
        .statusCode(400)
        .body("fields.'emails[1]'", containsString("e-mail"));
  }

  @Test
  void aRespondentAnswersTheirTiersQuestionsSavesADraftAndSubmitsOnce() {
    String token = invite("Sales", "LEADERSHIP", 1).get(0);
    api.anonymous()
        .get("api/survey/" + token)
        .then()
        .statusCode(200)
        .body("open", equalTo(false))
        .body("closedReason", containsString("not opened yet"));
    submit(token, Map.of("lead-1", 4)).then().statusCode(409);

    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
        .then()
        .statusCode(200);
    api.anonymous()
        .get("api/survey/" + token)
        .then()
        .statusCode(200)
        .body("open", equalTo(true))
        .body("tier", equalTo("LEADERSHIP"))
        .body("departmentPath", equalTo("Sales"))
        .body("sections.questions.flatten().id", hasItem("lead-1"))
        .body("sections.questions.flatten().id", not(hasItem("reach-2")))
        .body("scale", hasSize(5));

    api.anonymous()
        .body(Map.of("answers", Map.of("lead-1", 9)))
        .put("api/survey/" + token + "/draft")
        .then()
        .statusCode(400)
        .body("fields.'answers.lead-1'", containsString("1 to 5"));
    api.anonymous()
        .body(
            Map.of(
                "answers",
                Map.of("lead-1", 4),
                "comments",
                Map.of("lead-1", "We talk about it a lot")))
        .put("api/survey/" + token + "/draft")
        .then()
        .statusCode(204);
    api.anonymous().get("api/survey/" + token).then().body("draft.answers.'lead-1'", equalTo(4));

    Response first = submit(token, Map.of("lead-1", 4, "lead-2", 3));
    first.then().statusCode(201).body("receipt", containsString("CEM-"));
    submit(token, Map.of("lead-1", 1))
        .then()
        .statusCode(200)
        .body("receipt", equalTo(first.path("receipt")));
    api.anonymous()
        .get("api/survey/" + token)
        .then()
        .body("submitted", equalTo(true))
        .body("draft.answers.size()", equalTo(0));
    api.anonymous()
        .body(Map.of("answers", Map.of("lead-1", 2)))
        .put("api/survey/" + token + "/draft")
        .then()
        .statusCode(409);
  }

  @Test
  void fiftyParallelSubmitsWithOneTokenStoreExactlyOneResponse() throws Exception {
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
        .then()
        .statusCode(200);
    String token = invite("Legal", "LEADERSHIP", 1).get(0);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(pool.submit(() -> submit(token, Map.of("lead-1", 3))));
    }
    List<Integer> statuses = new ArrayList<>();
    List<String> receipts = new ArrayList<>();
    for (Future<Response> call : calls) {
      Response r = call.get();
      statuses.add(r.statusCode());
      receipts.add(r.path("receipt"));
    }
    pool.shutdown();

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(49);
    assertThat(receipts).containsOnly(receipts.get(0));
    // one response in Legal: hidden, never shown as a count, not even as the withheld figure
    asConsultant()
        .get("api/campaigns/" + campaignId)
        .then()
        .body("responseCounts.find { it.departmentPath == 'Legal' }.responses", nullValue())
        .body("responseCounts.find { it.departmentPath == 'Legal' }.hidden", equalTo(true))
        // nor by its one invitation beside "hidden": invitations pass disclosure control too
        .body("responseCounts.find { it.departmentPath == 'Legal' }.invited", nullValue())
        .body("responseCounts.find { it.departmentPath == 'Legal' }.invitedHidden", equalTo(true))
        .body("responses", equalTo(0))
        .body("withheld", nullValue())
        .body("withheldFewerThanK", equalTo(true));
  }

  @Test
  void countsAtOrAboveKAreShown() {
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
        .then()
        .statusCode(200);
    for (String token : invite("Sales", "LEADERSHIP", 5)) {
      submit(token, Map.of("lead-1", 5)).then().statusCode(201);
    }
    asConsultant()
        .get("api/campaigns/" + campaignId)
        .then()
        .body("responses", equalTo(5))
        .body("responsesByPhase.find { it.tier == 'LEADERSHIP' }.responses", equalTo(5))
        .body("responseCounts.find { it.departmentPath == 'Sales' }.responses", equalTo(5))
        .body("responseCounts.find { it.departmentPath == 'Sales' }.invited", equalTo(5));
  }

  @Test
  void aClosedCampaignRefusesAnswersAndInvitationsAndCanBePublishedOnce() {
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
        .then()
        .statusCode(200);
    String token = invite("Sales", "LEADERSHIP", 1).get(0);
    asConsultant()
        .post("api/campaigns/" + campaignId + "/close")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));

    submit(token, Map.of("lead-1", 3))
        .then()
        .statusCode(409)
        .body("error", containsString("closed"));
    asConsultant()
        .body(Map.of("departmentPath", "Sales", "tier", "STAFF", "count", 1))
        .post("api/campaigns/" + campaignId + "/invitations")
        .then()
        .statusCode(409);
    asConsultant().post("api/campaigns/" + campaignId + "/close").then().statusCode(409);
    asConsultant()
        .post("api/campaigns/" + campaignId + "/publish")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
    asConsultant().post("api/campaigns/" + campaignId + "/publish").then().statusCode(409);
  }

  @Test
  void anOpenLinkLetsARespondentPickDepartmentAndTier() {
    asConsultant()
        .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
        .then()
        .statusCode(200);
    String open =
        asConsultant()
            .post("api/campaigns/" + campaignId + "/open-link")
            .then()
            .statusCode(201)
            .body("url", containsString("/survey/open/"))
            .extract()
            .path("token");

    api.anonymous()
        .get("api/survey/open/" + open)
        .then()
        .statusCode(200)
        .body("departmentPaths", hasItem("Operations/Logistics"))
        .body("tiers", equalTo(List.of("LEADERSHIP")));
    api.anonymous()
        .body(Map.of("departmentPath", "Legal", "tier", "STAFF"))
        .post("api/survey/open/" + open + "/start")
        .then()
        .statusCode(409);
    String personal =
        api.anonymous()
            .body(Map.of("departmentPath", "Legal", "tier", "LEADERSHIP"))
            .post("api/survey/open/" + open + "/start")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    api.anonymous()
        .get("api/survey/" + personal)
        .then()
        .statusCode(200)
        .body("departmentPath", equalTo("Legal"));
  }

  @Test
  void aDepartmentInUseIsArchivedWhenDroppedAndComesBackWithItsIdentity() {
    String legalId =
        asConsultant()
            .get("api/organisations/" + orgId + "/departments")
            .path("find { it.path == 'Legal' }.id");
    invite("Legal", "STAFF", 1);
    asConsultant()
        .body(List.of(Map.of("path", "Sales", "headcount", 120, "customerFacing", true)))
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(200)
        .body("path", equalTo(List.of("Sales")));

    asConsultant()
        .contentType("text/csv")
        .body(OrganisationApiIT.CSV)
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(200)
        .body("find { it.path == 'Legal' }.id", equalTo(legalId));
  }

  @Test
  void anUnknownTokenIs404() {
    api.anonymous()
        .get("api/survey/not-a-real-token")
        .then()
        .statusCode(404)
        .body("error", containsString("not valid"));
    submit("not-a-real-token", Map.of("lead-1", 3)).then().statusCode(404);
    api.anonymous().get("api/survey/open/not-a-real-token").then().statusCode(404);
  }

  @Test
  void anotherTenantCannotReachTheCampaign() {
    Api.TestUser outsider = api.newUser(false);
    String otherOrg =
        api.admin()
            .body(Map.of("name", "Other " + System.nanoTime()))
            .post("api/organisations")
            .path("id");
    api.admin()
        .body(Map.of("email", outsider.email(), "role", "CONSULTANT"))
        .post("api/organisations/" + otherOrg + "/members");
    java.util.function.Supplier<RequestSpecification> them =
        () -> api.as(outsider.email(), outsider.password());

    them.get().get("api/campaigns/" + campaignId).then().statusCode(404);
    them.get().get("api/organisations/" + orgId + "/campaigns").then().statusCode(404);
    them.get()
        .body(Map.of("modelId", "cem-maturity", "name", "x"))
        .post("api/organisations/" + orgId + "/campaigns")
        .then()
        .statusCode(404);
    them.get()
        .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
        .then()
        .statusCode(404);
    them.get()
        .body(Map.of("departmentPath", "Sales", "tier", "STAFF", "count", 1))
        .post("api/campaigns/" + campaignId + "/invitations")
        .then()
        .statusCode(404);
    them.get().post("api/campaigns/" + campaignId + "/close").then().statusCode(404);
    them.get().post("api/campaigns/" + campaignId + "/open-link").then().statusCode(404);
  }

  @Test
  void aLeaderFollowsTheCampaignButDoesNotRunIt() {
    Api.TestUser leader = api.newUser(false);
    asConsultant()
        .body(Map.of("email", leader.email(), "role", "LEADER"))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(201);
    api.as(leader.email(), leader.password())
        .get("api/campaigns/" + campaignId)
        .then()
        .statusCode(200);
    api.as(leader.email(), leader.password())
        .post("api/campaigns/" + campaignId + "/phases/LEADERSHIP/open")
        .then()
        .statusCode(403);
  }
}
