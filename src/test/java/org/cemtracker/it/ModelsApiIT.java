package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The models API against the deployed app, which loads the shipped models and, through
 * CEM_MODELS_DIR, the test fixtures: one more valid model and seven invalid files.
 */
@ExtendWith(ArquillianExtension.class)
class ModelsApiIT {

  @ArquillianResource URL base;

  @Test
  void listsTheShippedModelsAndThoseOfTheModelsFolder() {
    Api.TestUser user = new Api(base).newUser(false);
    new Api(base)
        .as(user.email(), user.password())
        .get("api/models")
        .then()
        .statusCode(200)
        .body("id", hasItems("cem-maturity", "cem-pulse", "small"))
        .body("find { it.id == 'cem-maturity' }.questionCount", equalTo(33))
        .body("find { it.id == 'cem-maturity' }.dimensions", hasSize(8))
        .body("find { it.id == 'cem-maturity' }.dimensions.id", hasItem("leadership"))
        .body("id", not(hasItem("broken")));
  }

  @Test
  void returnsOneModelInFullAsApiMdDescribes() {
    new Api(base)
        .admin()
        .get("api/models/cem-maturity")
        .then()
        .statusCode(200)
        .body("id", equalTo("cem-maturity"))
        .body("version", equalTo("1.0.0"))
        .body("cemLine", equalTo(60.0f))
        .body("scale", hasSize(5))
        .body("scale[0].level", equalTo(1))
        .body("stages.find { it.number == 4 }.minReach", equalTo(0.5f))
        .body("stages.find { it.number == 4 }.maxBoltOnGap", equalTo(20.0f))
        .body(
            "questions.find { it.id == 'lead-1' }.tiers", equalTo(java.util.List.of("LEADERSHIP")))
        .body("questions.find { it.id == 'lead-1' }.anchors", hasSize(5))
        .body("questions.weight", everyItem(equalTo(1.0f)))
        .body("recommendations.size()", equalTo(80));
  }

  @Test
  void anUnknownModelOrVersionIs404() {
    Api api = new Api(base);
    api.admin()
        .get("api/models/no-such-model")
        .then()
        .statusCode(404)
        .body("error", containsString("no-such-model"));
    api.admin().get("api/models/cem-maturity?version=9.9.9").then().statusCode(404);
    api.admin()
        .get("api/models/small?version=2.1")
        .then()
        .statusCode(200)
        .body("title", equalTo("A small valid model"));
  }

  /** Issue 18, item 4: two versions side by side, and what stays comparable across waves. */
  @Test
  void twoVersionsOfAModelSideBySide() {
    Api api = new Api(base);
    Api.TestUser user = api.newUser(false);
    JsonPath diff =
        api.as(user.email(), user.password())
            .get("api/models/small/diff")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(diff.getString("from")).isEqualTo("2.1");
    assertThat(diff.getString("to")).isEqualTo("2.2");
    assertThat(diff.getString("questions.find { it.id == 'q1' }.kind")).isEqualTo("REWORDED");
    assertThat(diff.getBoolean("questions.find { it.id == 'q1' }.comparable")).isTrue();
    assertThat(diff.getString("questions.find { it.id == 'q1' }.textBefore"))
        .isEqualTo("A question?");
    assertThat(diff.getString("questions.find { it.id == 'q2' }.kind")).isEqualTo("ADDED");
    assertThat(diff.getBoolean("dimensions.find { it.id == 'd' }.comparable")).isFalse();
    api.admin()
        .get("api/models/small/diff?from=1.0&to=2.2")
        .then()
        .statusCode(400)
        .body("fields.from", containsString("has no version 1.0; it has 2.1, 2.2"));
    api.admin().get("api/models/cem-pulse/diff").then().statusCode(409);
    api.admin().get("api/models/no-such-model/diff").then().statusCode(404);
  }

  @Test
  void administratorsSeeTheInvalidFilesWithFileLineAndField() {
    new Api(base)
        .admin()
        .get("api/models/invalid")
        .then()
        .statusCode(200)
        .body("file", hasItem(containsString("wrong-anchors.yaml")))
        .body("find { it.file.endsWith('wrong-anchors.yaml') }.problems[0].line", equalTo(23))
        .body(
            "find { it.file.endsWith('wrong-anchors.yaml') }.problems[0].field",
            equalTo("questions[1].anchors"));
  }

  @Test
  void othersMayNotSeeInvalidFiles() {
    Api.TestUser user = new Api(base).newUser(false);
    new Api(base)
        .as(user.email(), user.password())
        .get("api/models/invalid")
        .then()
        .statusCode(403);
  }

  @Test
  void modelsNeedAuthentication() {
    new Api(base).anonymous().get("api/models").then().statusCode(401);
  }
}
