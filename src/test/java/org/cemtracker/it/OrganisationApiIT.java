package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organisations, members and department trees over REST, and isolation between tenants. */
@ExtendWith(ArquillianExtension.class)
class OrganisationApiIT {

  static final String CSV =
      "path,headcount,customerFacing\nSales,120,true\nOperations/Logistics,40,false\nLegal,6,false\n";

  @ArquillianResource URL base;
  private Api api;
  private Api.TestUser consultant;
  private String orgId;

  @BeforeEach
  void setUp() {
    api = new Api(base);
    consultant = api.newUser(false);
    orgId =
        api.admin()
            .body(Map.of("name", "Acme " + System.nanoTime(), "industry", "Retail"))
            .post("api/organisations")
            .then()
            .statusCode(201)
            .body("anonymityThreshold", equalTo(5))
            .extract()
            .path("id");
    api.admin()
        .body(Map.of("email", consultant.email(), "role", "CONSULTANT"))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(201)
        .body("role", equalTo("CONSULTANT"));
  }

  private RequestSpecification asConsultant() {
    return api.as(consultant.email(), consultant.password());
  }

  @Test
  void noMemberGrantsARoleAboveTheirOwnNorChangesTheirOwnMembership() {
    Api.TestUser hr = api.newUser(false);
    asConsultant()
        .body(Map.of("email", hr.email(), "role", "HR"))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(201);
    Api.TestUser other = api.newUser(false);
    String members = "api/organisations/" + orgId + "/members";
    RequestSpecification asHr = api.as(hr.email(), hr.password());

    // the escalation: HR making itself a consultant, then running campaigns
    asHr.body(Map.of("email", hr.email(), "role", "CONSULTANT"))
        .post(members)
        .then()
        .statusCode(403)
        .body("error", containsString("own membership"));
    api.as(hr.email(), hr.password())
        .body(Map.of("email", other.email(), "role", "CONSULTANT"))
        .post(members)
        .then()
        .statusCode(403)
        .body("error", containsString("above your own"));
    String consultantMembership =
        asConsultant()
            .get(members)
            .then()
            .extract()
            .path("find { it.email == '" + consultant.email() + "' }.id");
    api.as(hr.email(), hr.password())
        .delete(members + "/" + consultantMembership)
        .then()
        .statusCode(403);
    // what HR may do: a leader
    api.as(hr.email(), hr.password())
        .body(Map.of("email", other.email(), "role", "LEADER"))
        .post(members)
        .then()
        .statusCode(201);

    List<String> roles = asConsultant().get(members).then().extract().path("role");
    assertThat(roles).containsExactlyInAnyOrder("CONSULTANT", "HR", "LEADER");
    // a consultant may not change their own membership either; an administrator may
    String hrMembership =
        asConsultant().get(members).then().extract().path("find { it.role == 'HR' }.id");
    asConsultant()
        .body(Map.of("email", consultant.email(), "role", "HR"))
        .post(members)
        .then()
        .statusCode(403);
    api.admin().delete(members + "/" + hrMembership).then().statusCode(204);
  }

  @Test
  void aConsultantSeesTheOrganisationAndItAppearsInTheirMemberships() {
    asConsultant().get("api/organisations").then().statusCode(200).body("id", hasItem(orgId));
    asConsultant()
        .get("api/me")
        .then()
        .body("roles", hasItem("CONSULTANT"))
        .body("memberships.orgId", hasItem(orgId));
  }

  @Test
  void importsDepartmentsFromCsvAndKeepsThemWhenTheTreeIsReplaced() {
    asConsultant()
        .contentType("text/csv")
        .body(CSV)
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(200)
        .body("path", equalTo(List.of("Legal", "Operations", "Operations/Logistics", "Sales")));
    String salesId =
        asConsultant()
            .get("api/organisations/" + orgId + "/departments")
            .path("find { it.path == 'Sales' }.id");

    asConsultant()
        .body(
            List.of(
                Map.of("path", "Sales", "headcount", 130, "customerFacing", true),
                Map.of("path", "Finance", "headcount", 12, "customerFacing", false)))
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(200)
        .body("path", equalTo(List.of("Finance", "Sales")))
        .body("find { it.path == 'Sales' }.id", equalTo(salesId))
        .body("find { it.path == 'Sales' }.headcount", equalTo(130));
  }

  @Test
  void aBadCsvNamesEveryBadLineAndChangesNothing() {
    asConsultant()
        .contentType("text/csv")
        .body(CSV)
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(200);

    asConsultant()
        .contentType("text/csv")
        .body("path,headcount,customerFacing\nNew,1,true\nBroken,lots,true\n,2,no\n")
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(400)
        .body("fields.'line 3'", containsString("headcount"))
        .body("fields.'line 4'", containsString("path"));

    asConsultant()
        .get("api/organisations/" + orgId + "/departments")
        .then()
        .body("path", not(hasItem("New")))
        .body("$", hasSize(4));
  }

  @Test
  void aDepartmentFileOverOneMegabyteIs413() {
    StringBuilder csv = new StringBuilder("path,headcount,customerFacing\n");
    while (csv.length() < 1_100_000) {
      csv.append("Department number ").append(csv.length()).append(",1,true\n");
    }
    asConsultant()
        .contentType("text/csv")
        .body(csv.toString())
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(413)
        .body("status", equalTo(413));
  }

  @Test
  void theAnonymityThresholdIsNeverBelowThree() {
    api.admin()
        .body(Map.of("name", "Too open", "anonymityThreshold", 2))
        .post("api/organisations")
        .then()
        .statusCode(400)
        .body("fields.anonymityThreshold", containsString("3"));
    asConsultant()
        .body(Map.of("anonymityThreshold", 1))
        .patch("api/organisations/" + orgId)
        .then()
        .statusCode(400);
  }

  @Test
  void aStaleVersionIsAConflict() {
    int version = asConsultant().get("api/organisations/" + orgId).path("version");
    asConsultant()
        .body(Map.of("industry", "Banking", "version", version))
        .patch("api/organisations/" + orgId)
        .then()
        .statusCode(200);
    asConsultant()
        .body(Map.of("industry", "Insurance", "version", version))
        .patch("api/organisations/" + orgId)
        .then()
        .statusCode(409);
  }

  @Test
  void aLeaderReadsButMayNotChangeTheOrganisation() {
    Api.TestUser leader = api.newUser(false);
    asConsultant()
        .body(Map.of("email", leader.email(), "role", "LEADER"))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(201);

    api.as(leader.email(), leader.password())
        .get("api/organisations/" + orgId)
        .then()
        .statusCode(200);
    api.as(leader.email(), leader.password())
        .contentType("text/csv")
        .body(CSV)
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(403);
  }

  @Test
  void aDepartmentHeadNeedsExistingDepartments() {
    Api.TestUser head = api.newUser(false);
    asConsultant()
        .body(
            Map.of(
                "email",
                head.email(),
                "role",
                "DEPARTMENT_HEAD",
                "departmentPaths",
                List.of("Nowhere")))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(400)
        .body("fields.departmentPaths", containsString("Nowhere"));
    asConsultant()
        .body(Map.of("email", head.email(), "role", "CHIEF"))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(400)
        .body("fields.role", containsString("CONSULTANT"));
    asConsultant()
        .body(Map.of("email", "nobody-" + System.nanoTime() + "@example.org", "role", "HR"))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(400)
        .body("fields.email", containsString("no user"));
  }

  @Test
  void onlyAdministratorsAndConsultantsCreateOrganisations() {
    Api.TestUser plain = api.newUser(false);
    api.as(plain.email(), plain.password())
        .body(Map.of("name", "Mine"))
        .post("api/organisations")
        .then()
        .statusCode(403);
    String created =
        asConsultant()
            .body(Map.of("name", "Second client"))
            .post("api/organisations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asConsultant().get("api/organisations/" + created).then().statusCode(200);
  }

  @Test
  void anotherTenantsIdsAnswer404Everywhere() {
    Api.TestUser outsider = api.newUser(false);
    String otherOrg =
        api.admin()
            .body(Map.of("name", "Other " + System.nanoTime()))
            .post("api/organisations")
            .path("id");
    api.admin()
        .body(Map.of("email", outsider.email(), "role", "CONSULTANT"))
        .post("api/organisations/" + otherOrg + "/members")
        .then()
        .statusCode(201);
    java.util.function.Supplier<RequestSpecification> them =
        () -> api.as(outsider.email(), outsider.password());

    them.get().get("api/organisations/" + orgId).then().statusCode(404);
    them.get().get("api/organisations/" + orgId + "/departments").then().statusCode(404);
    them.get().get("api/organisations/" + orgId + "/members").then().statusCode(404);
    api.as(outsider.email(), outsider.password())
        .contentType("text/csv")
        .body(CSV)
        .put("api/organisations/" + orgId + "/departments")
        .then()
        .statusCode(404);
    them.get()
        .body(Map.of("name", "Taken over"))
        .patch("api/organisations/" + orgId)
        .then()
        .statusCode(404);
    them.get()
        .body(Map.of("email", outsider.email(), "role", "HR"))
        .post("api/organisations/" + orgId + "/members")
        .then()
        .statusCode(404);
    them.get().get("api/organisations").then().body("id", not(hasItem(orgId)));
    them.get().get("api/organisations/" + orgId + "/trend").then().statusCode(404);
    String membershipId =
        asConsultant().get("api/organisations/" + orgId + "/members").path("[0].id");
    them.get()
        .delete("api/organisations/" + orgId + "/members/" + membershipId)
        .then()
        .statusCode(404);
    asConsultant()
        .get("api/organisations/" + orgId + "/members")
        .then()
        .body("id", hasItem(membershipId));
    // and the unknown id looks exactly the same
    String unknown =
        them.get().get("api/organisations/00000000-0000-0000-0000-000000000000").asString();
    assertThat(unknown).contains("\"status\":404");
  }
}
