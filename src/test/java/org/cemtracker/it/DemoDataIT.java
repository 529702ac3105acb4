package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test server starts with CEM_DEMO=true: the demo organisation is there, with two scored waves.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  @ArquillianResource URL base;

  @Test
  void theDemoOrganisationHasTwoWavesOfResultsAndHidesItsSmallDepartment() {
    Api api = new Api(base);
    String orgId = api.demoOrganisation();
    assertThat(orgId).isNotNull();
    assertThat(
            api.admin()
                .get("api/organisations/" + orgId + "/departments")
                .jsonPath()
                .getList("path"))
        .hasSize(13);

    JsonPath trend =
        api.admin()
            .get("api/organisations/" + orgId + "/trend")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Float> indexes = trend.getList("cemIndex", Float.class);
    assertThat(indexes).hasSize(2).doesNotContainNull();
    assertThat(indexes.get(1)).isGreaterThan(indexes.get(0));

    String latest = trend.getString("[1].campaignId");
    JsonPath results =
        api.admin()
            .get("api/campaigns/" + latest + "/results")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(results.getInt("responses")).isBetween(150, 250);
    assertThat(results.getFloat("boltOnGap")).isPositive();
    assertThat(results.getBoolean("departments.find { it.path == 'Legal' }.suppressed")).isTrue();

    JsonPath instrument =
        api.admin()
            .get("api/campaigns/" + latest + "/results/instrument")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(instrument.getList("tier", String.class)).isNotEmpty().contains("STAFF");
    assertThat(instrument.getList("respondents", Integer.class))
        .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(30));
    assertThat(instrument.getList("alpha", Float.class)).doesNotContainNull();

    JsonPath comments =
        api.admin()
            .get("api/campaigns/" + latest + "/results/comments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(comments.getList("dimensions.groups.flatten().comments.flatten()")).isNotEmpty();
    assertThat(comments.getList("dimensions.groups.flatten().respondents.flatten()", Integer.class))
        .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
  }

  @Test
  void theDemoPulseIsOpenWithCountsButNoResults() {
    Api api = new Api(base);
    String pulse = api.demoPulse();
    assertThat(pulse).isNotNull();
    api.admin().get("api/campaigns/" + pulse + "/results").then().statusCode(409);
    JsonPath monitor =
        api.admin().get("api/campaigns/" + pulse).then().statusCode(200).extract().jsonPath();
    assertThat(monitor.getInt("responses")).isGreaterThan(30);
    assertThat(monitor.getBoolean("responseCounts.find { it.departmentPath == 'Legal' }.hidden"))
        .isTrue();
  }
}
