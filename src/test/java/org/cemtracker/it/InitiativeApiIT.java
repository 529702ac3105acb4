package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Initiatives through the API: create, read, edit with a version, delete; status moves; who may
 * edit; tenant isolation; check-ins and measurements; the audit log; recommendations; impact.
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeApiIT {

  static final String DEPARTMENTS =
      "path,headcount,customerFacing\nSales,20,true\nSales/Inside,10,true\nService,20,true\n"
          + "Ops,20,false\nFinance,20,false\n";

  @ArquillianResource URL base;

  private String organisation(Api api) {
    return api.organisation("Initiatives " + System.nanoTime(), 3, DEPARTMENTS);
  }

  private JsonPath create(Api api, String orgId, Map<String, Object> body) {
    return api.admin()
        .body(body)
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void createsReadsEditsAndDeletesAnInitiative() {
    Api api = new Api(base);
    String orgId = organisation(api);
    Api.TestUser owner = api.member(orgId, "HR");
    JsonPath created =
        create(
            api,
            orgId,
            Map.of(
                "title", "Customer stories in every board meeting",
                "description", "Open each board meeting with a customer's story.",
                "ownerEmail", owner.email(),
                "dimensions", List.of("leadership"),
                "departmentPaths", List.of("Sales"),
                "startDate", "2026-12-01",
                "dueDate", "2027-06-30",
                "milestones", List.of(Map.of("title", "First story told", "dueDate", "2027-01-15")),
                "kpis",
                    List.of(
                        Map.of(
                            "name",
                            "Board minutes with a customer item",
                            "unit",
                            "%",
                            "baseline",
                            10,
                            "target",
                            80))));
    String id = created.getString("id");
    assertThat(created.getString("status")).isEqualTo("PROPOSED");
    assertThat(created.getString("rag")).isEqualTo("GREEN");
    assertThat(created.getString("orgId")).isEqualTo(orgId);
    assertThat(created.getString("ownerEmail")).isEqualTo(owner.email());
    assertThat(created.getList("departmentPaths")).containsExactly("Sales");
    assertThat(created.getString("milestones[0].id")).isNotBlank();
    assertThat(created.getString("dueDate")).isEqualTo("2027-06-30");
    long version = created.getLong("version");

    api.admin()
        .get("api/initiatives/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Customer stories in every board meeting"))
        .body("kpis[0].baseline", equalTo(10.0f));

    String milestoneId = created.getString("milestones[0].id");
    JsonPath edited =
        api.admin()
            .body(
                Map.of(
                    "version",
                    version,
                    "title",
                    "Customer stories at every board",
                    "milestones",
                    List.of(
                        Map.of("id", milestoneId, "title", "First story told", "done", true),
                        Map.of("title", "Stories from every division"))))
            .patch("api/initiatives/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(edited.getLong("version")).isGreaterThan(version);
    assertThat(edited.getString("title")).isEqualTo("Customer stories at every board");
    assertThat(edited.getString("milestones[0].id")).isEqualTo(milestoneId);
    assertThat(edited.getBoolean("milestones[0].done")).isTrue();
    assertThat(edited.getList("milestones")).hasSize(2);
    assertThat(edited.getString("description")).startsWith("Open each board"); // untouched

    api.admin()
        .get("api/organisations/" + orgId + "/initiatives?owner=" + owner.email())
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of(id)));
    api.admin()
        .get("api/organisations/" + orgId + "/initiatives?rag=RED")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    api.admin()
        .get("api/organisations/" + orgId + "/initiatives?status=SOMEDAY")
        .then()
        .statusCode(400)
        .body("fields", hasKey("status"));

    api.admin().delete("api/initiatives/" + id).then().statusCode(204);
    api.admin().get("api/initiatives/" + id).then().statusCode(404);
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    Api api = new Api(base);
    String orgId = organisation(api);
    JsonPath created = create(api, orgId, Map.of("title", "Journey maps"));
    String id = created.getString("id");
    long version = created.getLong("version");
    api.admin()
        .body(Map.of("version", version, "title", "Journey maps for every product"))
        .patch("api/initiatives/" + id)
        .then()
        .statusCode(200);
    api.admin()
        .body(Map.of("version", version, "title", "Someone else's idea"))
        .patch("api/initiatives/" + id)
        .then()
        .statusCode(409)
        .body("error", containsString("changed by someone else"));
    api.admin()
        .body(Map.of("title", "No version"))
        .patch("api/initiatives/" + id)
        .then()
        .statusCode(400)
        .body("fields", hasKey("version"));
    api.admin()
        .queryParam("version", version)
        .delete("api/initiatives/" + id)
        .then()
        .statusCode(409);
    api.admin()
        .get("api/initiatives/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Journey maps for every product"));
  }

  @Test
  void ofTenParallelEditsFromTheSameVersionExactlyOneWins() throws Exception {
    Api api = new Api(base);
    String orgId = organisation(api);
    JsonPath created = create(api, orgId, Map.of("title", "Race"));
    String id = created.getString("id");
    long version = created.getLong("version");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(10);
    try {
      List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String title = "Edit " + i;
        results.add(
            pool.submit(
                () ->
                    api.admin()
                        .body(Map.of("version", version, "title", title))
                        .patch("api/initiatives/" + id)
                        .statusCode()));
      }
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var result : results) {
        statuses.add(result.get());
      }
      assertThat(statuses).containsOnly(200, 409);
      assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    JsonPath now = api.admin().get("api/initiatives/" + id).then().extract().jsonPath();
    assertThat(now.getString("title")).startsWith("Edit ");
    assertThat(now.getLong("version")).isEqualTo(version + 1);
  }

  @Test
  void badInputNamesEveryWrongFieldAndStoresNothing() {
    Api api = new Api(base);
    String orgId = organisation(api);
    api.admin()
        .body(
            Map.of(
                "title", "",
                "dimensions", List.of("no-such-dimension"),
                "departmentPaths", List.of("Atlantis"),
                "ownerEmail", "stranger@example.org",
                "startDate", "2027-02-30",
                "status", "DONE",
                "kpis",
                    List.of(Map.of("name", "x", "measurements", List.of(Map.of("date", "soon"))))))
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(400)
        .body("fields", hasKey("title"))
        .body("fields", hasKey("dimensions[0]"))
        .body("fields", hasKey("departmentPaths[0]"))
        .body("fields", hasKey("ownerEmail"))
        .body("fields", hasKey("startDate"))
        .body("fields", hasKey("status"))
        .body("fields", hasKey("kpis[0].measurements[0].date"));
    api.admin()
        .body(Map.of("title", "Fine", "titel", "typo"))
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(400)
        .body("fields.titel", containsString("not a field"));
    api.admin()
        .body(Map.of("title", "Dates", "startDate", "2027-05-01", "dueDate", "2027-04-01"))
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(400)
        .body("fields", hasKey("dueDate"));
    api.admin()
        .body("{\"title\": \"Typed\", \"kpis\": [{\"name\": \"k\", \"baseline\": \"lots\"}]}")
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(400)
        .body("fields.'kpis[0].baseline'", equalTo("must be a number, not the text \"lots\""));
    api.admin()
        .get("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void statusesMoveOnlyAlongTheAllowedTransitions() {
    Api api = new Api(base);
    String orgId = organisation(api);
    JsonPath created = create(api, orgId, Map.of("title", "Voice of the customer programme"));
    String id = created.getString("id");
    assertThat(created.getList("allowedStatuses"))
        .containsExactlyInAnyOrder("APPROVED", "CANCELLED");
    long version = created.getLong("version");
    api.admin()
        .body(Map.of("version", version, "status", "DONE", "title", "Renamed"))
        .patch("api/initiatives/" + id)
        .then()
        .statusCode(409)
        .body("error", containsString("cannot become done"));
    for (String status : List.of("APPROVED", "IN_PROGRESS", "BLOCKED", "IN_PROGRESS", "DONE")) {
      version =
          api.admin()
              .body(Map.of("version", version, "status", status))
              .patch("api/initiatives/" + id)
              .then()
              .statusCode(200)
              .body("status", equalTo(status))
              .extract()
              .jsonPath()
              .getLong("version");
    }
    api.admin()
        .body(Map.of("version", version, "status", "CANCELLED"))
        .patch("api/initiatives/" + id)
        .then()
        .statusCode(409);
    api.admin()
        .get("api/initiatives/" + id)
        .then()
        .body("title", equalTo("Voice of the customer programme"))
        .body("status", equalTo("DONE"));
  }

  @Test
  void leadersHrAndConsultantsEditAllDepartmentHeadsTheirOwnAndEveryoneReads() {
    Api api = new Api(base);
    String orgId = organisation(api);
    Api.TestUser leader = api.member(orgId, "LEADER");
    Api.TestUser hr = api.member(orgId, "HR");
    Api.TestUser consultant = api.member(orgId, "CONSULTANT");
    Api.TestUser salesHead = api.member(orgId, "DEPARTMENT_HEAD", "Sales");
    Api.TestUser opsHead = api.member(orgId, "DEPARTMENT_HEAD", "Ops");
    JsonPath forOps =
        create(api, orgId, Map.of("title", "Ops handovers", "departmentPaths", List.of("Ops")));
    String opsId = forOps.getString("id");
    for (Api.TestUser editor : List.of(leader, hr, consultant, opsHead)) {
      long version =
          api.as(editor.email(), editor.password())
              .get("api/initiatives/" + opsId)
              .then()
              .statusCode(200)
              .body("editable", equalTo(true))
              .extract()
              .jsonPath()
              .getLong("version");
      api.as(editor.email(), editor.password())
          .body(Map.of("version", version, "description", "edited by " + editor.email()))
          .patch("api/initiatives/" + opsId)
          .then()
          .statusCode(200);
    }
    // the sales head reads it, but may not change it
    long version =
        api.as(salesHead.email(), salesHead.password())
            .get("api/initiatives/" + opsId)
            .then()
            .statusCode(200)
            .body("editable", equalTo(false))
            .extract()
            .jsonPath()
            .getLong("version");
    api.as(salesHead.email(), salesHead.password())
        .body(Map.of("version", version, "title", "Taken over"))
        .patch("api/initiatives/" + opsId)
        .then()
        .statusCode(403);
    api.as(salesHead.email(), salesHead.password())
        .post("api/initiatives/" + opsId + "/check-ins")
        .then()
        .statusCode(400); // no body: refused before anything else
    api.as(salesHead.email(), salesHead.password())
        .body(Map.of("date", "2027-01-10", "rag", "RED"))
        .post("api/initiatives/" + opsId + "/check-ins")
        .then()
        .statusCode(403);
    api.as(salesHead.email(), salesHead.password())
        .delete("api/initiatives/" + opsId)
        .then()
        .statusCode(403);
    // a department head plans for their departments (sub-departments included), not others'
    JsonPath own =
        api.as(salesHead.email(), salesHead.password())
            .body(
                Map.of(
                    "title", "Inside sales call-backs", "departmentPaths", List.of("Sales/Inside")))
            .post("api/organisations/" + orgId + "/initiatives")
            .then()
            .statusCode(201)
            .body("ownerEmail", equalTo(salesHead.email()))
            .extract()
            .jsonPath();
    api.as(salesHead.email(), salesHead.password())
        .body(
            Map.of(
                "title", "Finance for Finance",
                "ownerEmail", leader.email(),
                "departmentPaths", List.of("Finance")))
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(403);
    api.as(salesHead.email(), salesHead.password())
        .body(
            Map.of(
                "version", own.getLong("version"),
                "ownerEmail", leader.email(),
                "departmentPaths", List.of("Finance")))
        .patch("api/initiatives/" + own.getString("id"))
        .then()
        .statusCode(403);
    // owning it (the default owner is its author) does not let its targets go elsewhere
    api.as(salesHead.email(), salesHead.password())
        .body(Map.of("title", "Finance, owned by me", "departmentPaths", List.of("Finance")))
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(403)
        .body("error", containsString("own departments"));
    api.as(salesHead.email(), salesHead.password())
        .body(Map.of("title", "Everyone, owned by me"))
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(403);
    api.as(salesHead.email(), salesHead.password())
        .body(
            Map.of(
                "version", own.getLong("version"),
                "departmentPaths", List.of("Sales/Inside", "Finance")))
        .patch("api/initiatives/" + own.getString("id"))
        .then()
        .statusCode(403);
    api.as(salesHead.email(), salesHead.password())
        .get("api/initiatives/" + own.getString("id"))
        .then()
        .body("departmentPaths", equalTo(List.of("Sales/Inside")));
    api.as(salesHead.email(), salesHead.password())
        .get("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2));
  }

  @Test
  void anotherTenantsInitiativesAreNotFound() {
    Api api = new Api(base);
    String orgId = organisation(api);
    String otherOrg = organisation(api);
    Api.TestUser stranger = api.member(otherOrg, "CONSULTANT");
    String id = create(api, orgId, Map.of("title", "Secret plan")).getString("id");
    api.as(stranger.email(), stranger.password())
        .get("api/initiatives/" + id)
        .then()
        .statusCode(404)
        .body("error", containsString("not found"));
    api.as(stranger.email(), stranger.password())
        .body(Map.of("version", 1, "title", "Hijacked"))
        .patch("api/initiatives/" + id)
        .then()
        .statusCode(404);
    api.as(stranger.email(), stranger.password())
        .delete("api/initiatives/" + id)
        .then()
        .statusCode(404);
    api.as(stranger.email(), stranger.password())
        .get("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(404);
    api.as(stranger.email(), stranger.password())
        .body(Map.of("title", "Planted"))
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(404);
    api.as(stranger.email(), stranger.password())
        .get("api/organisations/" + orgId + "/audit")
        .then()
        .statusCode(404);
    api.admin()
        .get("api/initiatives/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Secret plan"));
  }

  @Test
  void checkInsAndMeasurementsAreRecordedAndAudited() {
    Api api = new Api(base);
    String orgId = organisation(api);
    Api.TestUser head = api.member(orgId, "DEPARTMENT_HEAD", "Service");
    JsonPath created =
        create(
            api,
            orgId,
            Map.of(
                "title", "Service recovery playbook",
                "departmentPaths", List.of("Service"),
                "kpis",
                    List.of(
                        Map.of(
                            "name",
                            "First-contact resolution",
                            "unit",
                            "%",
                            "baseline",
                            55,
                            "target",
                            75))));
    String id = created.getString("id");
    String kpiId = created.getString("kpis[0].id");
    api.as(head.email(), head.password())
        .body(
            Map.of("date", "2027-01-31", "rag", "AMBER", "note", "Pilot team slower than planned"))
        .post("api/initiatives/" + id + "/check-ins")
        .then()
        .statusCode(201)
        .body("rag", equalTo("AMBER"))
        .body("checkIns[0].authorEmail", equalTo(head.email()))
        .body("checkIns[0].note", equalTo("Pilot team slower than planned"));
    api.as(head.email(), head.password())
        .body(Map.of("date", "2027-01-15", "rag", "GREEN"))
        .post("api/initiatives/" + id + "/check-ins")
        .then()
        .statusCode(201)
        .body("rag", equalTo("AMBER")) // the newest check-in by date still decides
        .body("checkIns.date", equalTo(List.of("2027-01-15", "2027-01-31")));
    api.as(head.email(), head.password())
        .body(Map.of("date", "2027-13-01", "rag", "PURPLE"))
        .post("api/initiatives/" + id + "/check-ins")
        .then()
        .statusCode(400)
        .body("fields", hasKey("date"))
        .body("fields", hasKey("rag"));
    api.as(head.email(), head.password())
        .body(Map.of("date", "2027-02-28", "value", 62.5))
        .post("api/initiatives/" + id + "/kpis/" + kpiId + "/measurements")
        .then()
        .statusCode(201);
    JsonPath after =
        api.as(head.email(), head.password())
            .body(Map.of("date", "2027-03-31", "value", 65))
            .post("api/initiatives/" + id + "/kpis/" + kpiId + "/measurements")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(after.getList("kpis[0].measurements.value", Float.class))
        .containsExactly(62.5f, 65f);
    assertThat(after.getDouble("kpis[0].progress")).isCloseTo(0.5, within(0.0001));
    api.admin()
        .post("api/initiatives/" + id + "/kpis/no-such-kpi/measurements")
        .then()
        .statusCode(400);
    // check-ins are a record: an edit cannot drop them
    api.admin()
        .body(Map.of("version", after.getLong("version"), "checkIns", List.of()))
        .patch("api/initiatives/" + id)
        .then()
        .statusCode(400)
        .body("fields.checkIns", containsString("none can be removed"));

    // the audit log: who did what, newest first; department heads may not read it
    JsonPath audit =
        api.admin()
            .get("api/organisations/" + orgId + "/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getString("[0].action")).isEqualTo("MEASURED");
    assertThat(audit.getString("[0].actorEmail")).isEqualTo(head.email());
    assertThat(audit.getList("findAll { it.entityId == '" + id + "' }.action"))
        .containsExactly("MEASURED", "MEASURED", "CHECKED_IN", "CHECKED_IN", "CREATED");
    // the first check-in turned the initiative amber; the second, older by date, changed no RAG
    assertThat(audit.getString("findAll { it.action == 'CHECKED_IN' }[1].changes.rag.from"))
        .isEqualTo("GREEN");
    assertThat(audit.getString("findAll { it.action == 'CHECKED_IN' }[1].changes.rag.to"))
        .isEqualTo("AMBER");
    assertThat(audit.getMap("findAll { it.action == 'CHECKED_IN' }[0].changes"))
        .doesNotContainKey("rag");
    assertThat(audit.getInt("findAll { it.action == 'CHECKED_IN' }[0].changes.checkIns.to"))
        .isEqualTo(2);
    assertThat(audit.getList("findAll { it.entity == 'membership' }.changes.role.to"))
        .contains("DEPARTMENT_HEAD");
    assertThat(audit.getList("entity")).contains("departments");
    assertThat(audit.getString("find { it.entity == 'membership' }.subject"))
        .isEqualTo(head.email());
    assertThat(audit.getString("find { it.entityId == '" + id + "' }.subject"))
        .isEqualTo("Service recovery playbook");
    api.as(head.email(), head.password())
        .get("api/organisations/" + orgId + "/audit")
        .then()
        .statusCode(403);
  }

  @Test
  void campaignChangesAreAudited() {
    Api api = new Api(base);
    String orgId = organisation(api);
    Api.TestUser leader = api.member(orgId, "LEADER");
    String campaignId = api.campaign(orgId, "scoring-fixture", "Audited wave", "LEADERSHIP");
    api.invite(campaignId, "Sales", "LEADERSHIP", 2);
    api.admin().post("api/campaigns/" + campaignId + "/close").then().statusCode(200);
    JsonPath audit =
        api.as(leader.email(), leader.password())
            .get("api/organisations/" + orgId + "/audit?entityId=" + campaignId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getList("action"))
        .containsExactly("CLOSED", "INVITED", "PHASE_OPENED", "CREATED");
    assertThat(audit.getInt("find { it.action == 'INVITED' }.changes.invitations.to")).isEqualTo(2);
    assertThat(audit.getString("find { it.action == 'CLOSED' }.changes.status.to"))
        .isEqualTo("CLOSED");
    assertThat(audit.getString("[0].actorEmail")).isEqualTo(Deployments.ADMIN_EMAIL);
    assertThat(audit.getList("subject")).containsOnly("Audited wave");
  }

  @Test
  void recommendationsNameTheWeakestDimensionsAndImpactComparesTheWaves() {
    Api api = new Api(base);
    String orgId = organisation(api);
    // wave 1: every department at the same level; wave 2: Sales improves on A by far more
    String first = api.campaign(orgId, "scoring-fixture", "Wave 1", "LEADERSHIP");
    for (String dept : List.of("Sales", "Service", "Ops", "Finance")) {
      for (int i = 0; i < 3; i++) {
        api.respond(first, dept, "LEADERSHIP", Map.of("a1", 2, "a2", 2, "b1", 3));
      }
    }
    api.admin().post("api/campaigns/" + first + "/close").then().statusCode(200);
    JsonPath recommended =
        api.admin()
            .get("api/campaigns/" + first + "/recommendations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // A scores 25, B 50: A is the weakest; the index is 41.7, stage 3 → A's stage-2 ideas
    assertThat(recommended.getString("organisation[0].dimension")).isEqualTo("a");
    assertThat(recommended.getDouble("organisation[0].score")).isCloseTo(25.0, within(0.01));
    assertThat(recommended.getList("organisation[0].recommendations.title"))
        .containsExactly("Grow A");
    assertThat(recommended.getList("departments.departmentPath"))
        .containsExactlyInAnyOrder("Sales", "Service", "Ops", "Finance");

    String second = api.campaign(orgId, "scoring-fixture", "Wave 2", "LEADERSHIP");
    Map<String, Map<String, Object>> answers =
        Map.of(
            "Sales", Map.of("a1", 4, "a2", 4, "b1", 3),
            "Service", Map.of("a1", 3, "a2", 3, "b1", 3),
            "Ops", Map.of("a1", 2, "a2", 3, "b1", 3),
            "Finance", Map.of("a1", 2, "a2", 2, "b1", 3));
    answers.forEach(
        (dept, levels) -> {
          for (int i = 0; i < 3; i++) {
            api.respond(second, dept, "LEADERSHIP", levels);
          }
        });
    api.admin().post("api/campaigns/" + second + "/close").then().statusCode(200);
    String id =
        create(
                api,
                orgId,
                Map.of(
                    "title",
                    "A for sales and service",
                    "dimensions",
                    List.of("a"),
                    "departmentPaths",
                    List.of("Sales", "Service"),
                    "startDate",
                    "2026-01-01"))
            .getString("id");
    JsonPath impact =
        api.admin()
            .get("api/initiatives/" + id + "/impact?before=" + first + "&after=" + second)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // targeted: Sales 25 → 75, Service 25 → 50 (headcount 20 each): 25 → 62.5, +37.5;
    // others: Ops 25 → 37.5, Finance 25 → 25: 25 → 31.25, +6.25; difference +31.25
    assertThat(impact.getBoolean("comparison")).isTrue();
    assertThat(impact.getDouble("dimensions[0].targeted.change")).isCloseTo(37.5, within(0.01));
    assertThat(impact.getDouble("dimensions[0].others.change")).isCloseTo(6.25, within(0.01));
    assertThat(impact.getDouble("dimensions[0].difference")).isCloseTo(31.25, within(0.01));
    assertThat(impact.getInt("dimensions[0].targeted.departments")).isEqualTo(2);
    api.admin()
        .get("api/initiatives/" + id + "/impact?before=" + second + "&after=" + first)
        .then()
        .statusCode(400)
        .body("fields", hasKey("before"));
    // with no waves named, both campaigns closed after the start: no wave before it
    api.admin()
        .get("api/initiatives/" + id + "/impact")
        .then()
        .statusCode(200)
        .body("reason", containsString("No finished campaign closed before"));
  }
}
