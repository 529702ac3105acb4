package org.cemtracker.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Request helpers for the REST tests: who calls, and fresh users that no other test uses. */
final class Api {

  private final URL base;
  private final String adminEmail;
  private final String adminPassword;

  Api(URL base) {
    this(base, Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
  }

  /** For an app of its own ({@link AppProcess}), with its administrator. */
  Api(URL base, String adminEmail, String adminPassword) {
    this.base = base;
    this.adminEmail = adminEmail;
    this.adminPassword = adminPassword;
  }

  RequestSpecification anonymous() {
    return given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  RequestSpecification as(String email, String password) {
    return anonymous().auth().preemptive().basic(email, password);
  }

  /** A file the API answered with: its status, its headers and its bytes. */
  record Download(int status, HttpHeaders headers, byte[] body) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** GETs a path as the user, accepting a file (or the JSON error that says why not). */
  Download download(String email, String password, String path) {
    String auth =
        Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + path))
                      .header("Authorization", "Basic " + auth)
                      .header("Accept", "*/*")
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  RequestSpecification admin() {
    return as(adminEmail, adminPassword);
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

  /**
   * Creates an organisation as the administrator, with its departments from CSV; returns its id.
   */
  String organisation(String name, int threshold, String departmentsCsv) {
    String id =
        admin()
            .body(Map.of("name", name, "anonymityThreshold", threshold))
            .post("api/organisations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    admin()
        .contentType("text/csv")
        .body(departmentsCsv)
        .put("api/organisations/" + id + "/departments")
        .then()
        .statusCode(200);
    return id;
  }

  /** Makes a new user a member of the organisation with the role (and departments). */
  TestUser member(String organisationId, String role, String... departmentPaths) {
    TestUser user = newUser(false);
    admin()
        .body(
            Map.of(
                "email",
                user.email(),
                "role",
                role,
                "departmentPaths",
                java.util.List.of(departmentPaths)))
        .post("api/organisations/" + organisationId + "/members")
        .then()
        .statusCode(201);
    return user;
  }

  /** Creates a campaign of the model and opens the given phases, top-down; returns its id. */
  String campaign(String organisationId, String modelId, String name, String... openTiers) {
    String id =
        admin()
            .body(Map.of("modelId", modelId, "name", name))
            .post("api/organisations/" + organisationId + "/campaigns")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String tier : openTiers) {
      admin().post("api/campaigns/" + id + "/phases/" + tier + "/open").then().statusCode(200);
    }
    return id;
  }

  /** Issues {@code count} invitation links; returns their tokens. */
  java.util.List<String> invite(String campaignId, String department, String tier, int count) {
    return admin()
        .body(Map.of("departmentPath", department, "tier", tier, "count", count))
        .post("api/campaigns/" + campaignId + "/invitations")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  /** Tries to issue one link and expects the status; returns its token when one was issued. */
  String invite(String campaignId, String department, String tier, int count, int status) {
    java.util.List<String> tokens =
        admin()
            .body(Map.of("departmentPath", department, "tier", tier, "count", count))
            .post("api/campaigns/" + campaignId + "/invitations")
            .then()
            .statusCode(status)
            .extract()
            .path("token");
    return status == 201 ? tokens.get(0) : null;
  }

  /** Answers through a fresh invitation and checks the submission was stored. */
  void respond(String campaignId, String department, String tier, Map<String, ?> answers) {
    respond(campaignId, department, tier, answers, Map.of());
  }

  /** Answers with comments (by question id) through a fresh invitation. */
  void respond(
      String campaignId,
      String department,
      String tier,
      Map<String, ?> answers,
      Map<String, String> comments) {
    String token = invite(campaignId, department, tier, 1).get(0);
    anonymous()
        .body(Map.of("answers", answers, "comments", comments))
        .post("api/survey/" + token + "/submit")
        .then()
        .statusCode(201);
  }

  /** The id of the demo organisation the test server seeds (CEM_DEMO=true). */
  String demoOrganisation() {
    return admin()
        .get("api/organisations")
        .path("find { it.name == 'Northwind Logistics (demo)' }.id");
  }

  /** The demo organisation's open campaign (its pulse survey). */
  String demoPulse() {
    return admin()
        .get("api/organisations/" + demoOrganisation() + "/campaigns")
        .path("find { it.status == 'OPEN' }.id");
  }

  /** Renames an organisation. */
  void rename(String organisationId, String name) {
    long version = admin().get("api/organisations/" + organisationId).jsonPath().getLong("version");
    admin()
        .body(Map.of("name", name, "version", version))
        .patch("api/organisations/" + organisationId)
        .then()
        .statusCode(200);
  }

  /** A campaign's figures question by question for one published group (null: the organisation). */
  JsonPath questions(String campaignId, String group) {
    RequestSpecification request = admin();
    if (group != null) {
      request = request.queryParam("group", group);
    }
    return request
        .get("api/campaigns/" + campaignId + "/results/questions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Closes the campaign: its results are released (to consultants and administrators). */
  void close(String campaignId) {
    admin().post("api/campaigns/" + campaignId + "/close").then().statusCode(200);
  }

  /** Publishes a closed campaign's results to the organisation's leaders, HR and heads. */
  void publish(String campaignId) {
    admin().post("api/campaigns/" + campaignId + "/publish").then().statusCode(200);
  }
}
