package org.cemtracker.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/** Request helpers for the REST tests: who calls, and fresh users that no other test uses. */
final class Api {

  private final URL base;

  Api(URL base) {
    this.base = base;
  }

  RequestSpecification anonymous() {
    return given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  RequestSpecification as(String email, String password) {
    return anonymous().auth().preemptive().basic(email, password);
  }

  RequestSpecification admin() {
    return as(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
  }

  RequestSpecification bearer(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  /** Creates a user with a unique e-mail and returns it with its password. */
  TestUser newUser(boolean admin) {
    String email = "user-" + UUID.randomUUID() + "@example.org";
    String password = "password-" + UUID.randomUUID();
    String id =
        admin()
            .body(Map.of("email", email, "name", "Test User", "password", password, "admin", admin))
            .post("api/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new TestUser(id, email, password);
  }

  record TestUser(String id, String email, String password) {}
}
