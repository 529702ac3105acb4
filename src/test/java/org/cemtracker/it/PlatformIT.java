package org.cemtracker.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, OpenAPI, migrations and response headers of the deployed app. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @ArquillianResource URL base;

  @Test
  void readinessChecksTheDatabase() {
    given()
        .baseUri(base.toString())
        .get("health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"));
  }

  @Test
  void livenessIsUp() {
    given()
        .baseUri(base.toString())
        .get("health/live")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    given()
        .baseUri(base.toString())
        .get("openapi")
        .then()
        .statusCode(200)
        .body(containsString("CEM Tracker API"))
        .body(containsString("/api/me"))
        .body(containsString("/api/users"))
        .body(containsString("/api/campaigns/{campaignId}/report"))
        .body(containsString("/api/campaigns/{campaignId}/export/{table}.csv"))
        .body(containsString("/api/organisations/{orgId}/export"))
        .body(containsString("/api/organisations/import/schema"))
        .body(containsString("/api/admin/retention"))
        .body(containsString("/api/audit"));
  }

  @Test
  void theMigrationsHaveRunAndNoneArePending() {
    new Api(base)
        .admin()
        .get("api/system")
        .then()
        .statusCode(200)
        .body("schemaVersion", org.hamcrest.Matchers.notNullValue())
        .body("pendingMigrations", equalTo(0))
        .body("database", equalTo("H2"));
  }

  @Test
  void theApiAndTheQuestionnaireAreNeverCached() {
    given()
        .baseUri(base.toString())
        .get("api/survey/no-such-link")
        .then()
        .statusCode(404)
        .header("Cache-Control", "no-store");
    new Api(base).admin().get("api/me").then().statusCode(200).header("Cache-Control", "no-store");
    given()
        .baseUri(base.toString())
        .get("survey/no-such-link")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store");
    // the rest of the UI keeps what the framework says
    given()
        .baseUri(base.toString())
        .get("login")
        .then()
        .statusCode(200)
        .header("Cache-Control", not("no-store"));
  }

  @Test
  void pagesCarrySecurityHeaders() {
    given()
        .baseUri(base.toString())
        .get("login")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("Content-Security-Policy", containsString("default-src 'self'"))
        .header("Content-Security-Policy", containsString("object-src 'none'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    new Api(base)
        .admin()
        .get("api/me")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", startsWith("default-src 'none'"));
  }

  @Test
  void aPersonalLinkPutsItsTokenInAnHttpOnlyCookieAndLeavesNoneInTheAddress() {
    String token = "link-token-" + System.nanoTime();
    var response =
        given().baseUri(base.toString()).redirects().follow(false).get("survey/" + token);
    response.then().statusCode(303).header("Location", endsWith("/survey"));
    assertThat(response.header("Location")).doesNotContain(token);
    assertThat(response.detailedCookie("CEMSURVEY").getValue()).isEqualTo(token);
    assertThat(response.detailedCookie("CEMSURVEY").isHttpOnly()).isTrue();
    // the open link is meant to be shared and posted: it is not redirected
    given()
        .baseUri(base.toString())
        .redirects()
        .follow(false)
        .get("survey/open/" + token)
        .then()
        .statusCode(200);
  }
}
