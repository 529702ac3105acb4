package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in for the API, users and tokens, against the app deployed in Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class AccountApiIT {

  @ArquillianResource URL base;
  private Api api;

  @BeforeEach
  void setUp() {
    api = new Api(base);
  }

  @Test
  void meDescribesTheCallerSignedInWithBasic() {
    api.admin()
        .get("api/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(Deployments.ADMIN_EMAIL))
        .body("roles", hasItem("ADMIN"))
        .body("memberships", org.hamcrest.Matchers.empty());
  }

  @Test
  void aCallWithoutCredentialsGets401InTheErrorFormat() {
    api.anonymous()
        .get("api/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Basic"))
        .body("status", equalTo(401))
        .body("error", containsString("Authentication required"))
        .body("$", hasKey("fields"));
  }

  @Test
  void aWrongPasswordGets401() {
    api.as(Deployments.ADMIN_EMAIL, "not-the-password")
        .get("api/me")
        .then()
        .statusCode(401)
        .body("error", equalTo("Invalid credentials"));
  }

  @Test
  void anUnknownAccountGetsTheSameAnswerAsAWrongPassword() {
    api.as("nobody-" + System.nanoTime() + "@example.org", "whatever-password")
        .get("api/me")
        .then()
        .statusCode(401)
        .body("error", equalTo("Invalid credentials"));
  }

  @Test
  void creatingAUserAnswers201AndNeverEchoesThePassword() {
    String email = "created-" + System.nanoTime() + "@example.org";
    Response created =
        api.admin()
            .body(Map.of("email", email, "name", "Created", "password", "a-secret-password-42"))
            .post("api/users");

    created.then().statusCode(201).body("email", equalTo(email)).body("admin", equalTo(false));
    assertThat(created.asString()).doesNotContain("a-secret-password-42").doesNotContain("PBKDF2");
  }

  @Test
  void aSecondUserWithTheSameEmailIsAConflict() {
    Api.TestUser user = api.newUser(false);

    api.admin()
        .body(
            Map.of(
                "email",
                user.email().toUpperCase(),
                "name",
                "Again",
                "password",
                "a-secret-password-42"))
        .post("api/users")
        .then()
        .statusCode(409)
        .body("error", containsString("exists already"));
  }

  @Test
  void invalidInputNamesEveryInvalidFieldAndCreatesNothing() {
    api.admin()
        .body(Map.of("email", "not-an-email", "name", " ", "password", "short"))
        .post("api/users")
        .then()
        .statusCode(400)
        .body("fields.email", containsString("e-mail"))
        .body("fields.name", containsString("blank"))
        .body("fields.password", containsString("12"));

    api.admin().get("api/users").then().body("email", not(hasItem("not-an-email")));
  }

  @Test
  void aUserWhoIsNotAnAdministratorGets403FromUserAdministration() {
    Api.TestUser user = api.newUser(false);

    api.as(user.email(), user.password())
        .get("api/users")
        .then()
        .statusCode(403)
        .body("status", equalTo(403));
    api.as(user.email(), user.password()).get("api/system").then().statusCode(403);
  }

  @Test
  void malformedJsonIs400WithoutAStackTrace() {
    Response response = api.admin().body("{\"email\": \"x\", ").post("api/users");

    response.then().statusCode(400).body("fields.body", containsString("is not valid JSON"));
    assertThat(response.asString()).doesNotContain("at org.").doesNotContain("Exception");
  }

  @Test
  void anUnknownPathIs404InTheErrorFormat() {
    api.admin().get("api/no-such-thing").then().statusCode(404).body("status", equalTo(404));
  }

  @Test
  void aWrongMediaTypeIs415() {
    api.admin()
        .contentType("text/plain")
        .body("hello")
        .post("api/users")
        .then()
        .statusCode(415)
        .body("status", equalTo(415));
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String huge = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";

    api.admin().body(huge).post("api/users").then().statusCode(413).body("status", equalTo(413));
  }

  @Test
  void anApiTokenAuthenticatesAsBearerUntilItIsRevoked() {
    Api.TestUser user = api.newUser(false);
    Response created =
        api.as(user.email(), user.password()).body(Map.of("name", "script")).post("api/me/tokens");
    created.then().statusCode(201).body("name", equalTo("script"));
    String token = created.path("token");
    String tokenId = created.path("id");
    assertThat(token).hasSizeGreaterThanOrEqualTo(43);

    api.bearer(token).get("api/me").then().statusCode(200).body("email", equalTo(user.email()));
    api.as(user.email(), user.password())
        .get("api/me/tokens")
        .then()
        .body("name", hasItem("script"))
        .body("$", not(hasItem(hasKey("token"))));

    api.bearer(token).delete("api/me/tokens/" + tokenId).then().statusCode(204);
    api.bearer(token).get("api/me").then().statusCode(401);
  }

  @Test
  void someoneElsesTokenIdIs404() {
    Api.TestUser owner = api.newUser(false);
    Api.TestUser other = api.newUser(false);
    String tokenId =
        api.as(owner.email(), owner.password())
            .body(Map.of("name", "mine"))
            .post("api/me/tokens")
            .path("id");

    api.as(other.email(), other.password())
        .delete("api/me/tokens/" + tokenId)
        .then()
        .statusCode(404);
  }

  @Test
  void aPasswordResetEndsCachedBasicLoginsAtOnce() {
    Api.TestUser user = api.newUser(false);
    api.as(user.email(), user.password()).get("api/me").then().statusCode(200);

    api.admin()
        .body(Map.of("password", "the-new-password-7"))
        .put("api/users/" + user.id() + "/password")
        .then()
        .statusCode(204);

    api.as(user.email(), user.password()).get("api/me").then().statusCode(401);
    api.as(user.email(), "the-new-password-7").get("api/me").then().statusCode(200);
  }

  @Test
  void aDisabledUserCanNoLongerSignIn() {
    Api.TestUser user = api.newUser(false);
    api.as(user.email(), user.password()).get("api/me").then().statusCode(200);

    api.admin()
        .body(Map.of("enabled", false))
        .patch("api/users/" + user.id())
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));

    api.as(user.email(), user.password()).get("api/me").then().statusCode(401);
  }

  @Test
  void aStaleVersionIsAConflict() {
    Api.TestUser user = api.newUser(false);
    int version = api.admin().get("api/users/" + user.id()).path("version");
    api.admin()
        .body(Map.of("name", "First", "version", version))
        .patch("api/users/" + user.id())
        .then()
        .statusCode(200);

    api.admin()
        .body(Map.of("name", "Second", "version", version))
        .patch("api/users/" + user.id())
        .then()
        .statusCode(409);
  }

  @Test
  void repeatedFailedLoginsAreSlowedDown() {
    Api.TestUser user = api.newUser(false);
    for (int i = 0; i < 5; i++) {
      api.as(user.email(), "wrong-password-" + i).get("api/me").then().statusCode(401);
    }

    api.as(user.email(), user.password())
        .get("api/me")
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void anUnknownUserIdIs404() {
    api.admin().get("api/users/no-such-user").then().statusCode(404).body("status", equalTo(404));
  }
}
