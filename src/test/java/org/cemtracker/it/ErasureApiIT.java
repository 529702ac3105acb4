package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erasing an organisation: refused without its exact name or to members who may not, then whole —
 * no table holds any of its ids, its name or its comments afterwards, but for the one
 * instance-level audit event.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureApiIT {

  @ArquillianResource URL base;

  @Test
  void anErasedOrganisationLeavesNothingButOneInstanceAuditEvent() throws Exception {
    Api api = new Api(base);
    String name = "Erase me " + System.nanoTime();
    String marker = "erasure-marker-" + System.nanoTime();
    String orgId =
        api.organisation(
            name,
            3,
            "path,headcount,customerFacing\nSales,10,true\nOps,30,false\nOps/North,5,false\n");
    Api.TestUser leader = api.member(orgId, "LEADER");
    String campaign =
        api.campaign(orgId, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 3; i++) {
      api.respond(campaign, "Sales", "STAFF", Map.of("a1", 4), Map.of("a1", marker + " " + i));
      api.respond(campaign, "Ops/North", "STAFF", Map.of("a1", 2));
    }
    api.invite(campaign, "Ops", "STAFF", 2);
    api.close(campaign);
    String initiative =
        api.admin()
            .body(Map.of("title", "Initiative " + marker, "departmentPaths", List.of("Sales")))
            .post("api/organisations/" + orgId + "/initiatives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.admin()
        .body(Map.of("date", "2026-11-30", "rag", "GREEN", "note", "check " + marker))
        .post("api/initiatives/" + initiative + "/check-ins")
        .then()
        .statusCode(201);
    List<String> ids = new ArrayList<>(List.of(orgId, campaign, initiative, name, marker));
    ids.addAll(
        api.admin().get("api/organisations/" + orgId + "/departments").jsonPath().getList("id"));
    assertThat(Database.where(ids)).isNotEmpty();

    api.as(leader.email(), leader.password())
        .delete("api/organisations/" + orgId + "?confirm=" + name)
        .then()
        .statusCode(403);
    api.admin()
        .delete("api/organisations/" + orgId + "?confirm=Erase")
        .then()
        .statusCode(400)
        .body("fields.confirm", containsString("name exactly"));
    api.admin().get("api/organisations/" + orgId).then().statusCode(200);

    api.admin().delete("api/organisations/" + orgId + "?confirm=" + name).then().statusCode(204);

    api.admin().get("api/organisations/" + orgId).then().statusCode(404);
    api.admin().get("api/campaigns/" + campaign).then().statusCode(404);
    api.admin().get("api/initiatives/" + initiative).then().statusCode(404);
    // nothing of it anywhere but the instance's record that it was erased
    assertThat(Database.where(ids)).containsExactly("AUDIT_EVENT.ENTITY_ID ∋ " + orgId + " × 1");
    JsonPath audit = api.admin().get("api/audit").then().statusCode(200).extract().jsonPath();
    assertThat(audit.getString("find { it.entityId == '" + orgId + "' }.action"))
        .isEqualTo("ORGANISATION_ERASED");
    assertThat(audit.getString("find { it.entityId == '" + orgId + "' }.actorEmail"))
        .isEqualTo(Deployments.ADMIN_EMAIL);
    api.as(leader.email(), leader.password()).get("api/audit").then().statusCode(403);
  }
}
