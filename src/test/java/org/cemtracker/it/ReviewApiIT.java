package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, item 2: the consultant rates each dimension with evidence beside the organisation's own
 * score; the gap is the rating in points minus the released score; leaders read the review only
 * once it is published, HR never; a stale version is refused; the report carries it once published.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewApiIT {

  @ArquillianResource URL base;

  @Test
  void aConsultantRatesBesideTheOwnScoreAndLeadersReadItOncePublished() throws Exception {
    Api api = new Api(base);
    String org = api.organisation("Review " + System.nanoTime(), 3, ResultsApiIT.SALES_AND_OPS);
    Api.TestUser leader = api.member(org, "LEADER");
    Api.TestUser hr = api.member(org, "HR");
    String id =
        api.campaign(org, "scoring-fixture", "Reviewed wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 3; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 4, "a2", 4, "b1", 2));
    }
    api.close(id);
    double own =
        api.admin()
            .get("api/campaigns/" + id + "/results")
            .jsonPath()
            .getDouble("dimensions.find { it.id == 'a' }.score");
    String review = "api/campaigns/" + id + "/review";
    JsonPath rated =
        api.admin()
            .body(
                Map.of(
                    "level",
                    3,
                    "note",
                    "Workshops show customer goals in two of five departments",
                    "links",
                    List.of(
                        Map.of("label", "Workshop minutes", "url", "https://example.org/minutes"),
                        Map.of("url", "https://docs.example.org/charter.pdf"))))
            .put(review + "/dimensions/a")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rated.getBoolean("published")).isFalse();
    assertThat(rated.getDouble("dimensions[0].ownScore")).isCloseTo(own, within(1e-9));
    assertThat(rated.getDouble("dimensions[0].rating.points")).isEqualTo(50.0);
    assertThat(rated.getDouble("dimensions[0].gap")).isCloseTo(50.0 - own, within(1e-9));
    assertThat(rated.getString("dimensions[0].rating.label")).isEqualTo("Three");
    assertThat(rated.getList("dimensions[0].rating.links.label"))
        .containsExactly("Workshop minutes", "docs.example.org");
    assertThat(rated.getString("dimensions[0].rating.ratedBy.email"))
        .isEqualTo(Deployments.ADMIN_EMAIL);
    assertThat(rated.getString("dimensions[0].rating.ratedAt")).isNotBlank();
    assertThat((Object) rated.get("dimensions[1].rating")).isNull();
    int version = rated.getInt("dimensions[0].rating.version");

    // a draft: leaders are told it is not published, HR that it is not theirs
    api.as(leader.email(), leader.password()).get(review).then().statusCode(404);
    api.as(hr.email(), hr.password()).get(review).then().statusCode(403);
    api.as(leader.email(), leader.password())
        .body(Map.of("level", 5, "note", "x"))
        .put(review + "/dimensions/a")
        .then()
        .statusCode(403);

    // a stale version changes nothing
    api.admin()
        .body(Map.of("level", 4, "note", "later", "version", version + 7))
        .put(review + "/dimensions/a")
        .then()
        .statusCode(409);
    api.admin()
        .body(
            Map.of(
                "level",
                2,
                "note",
                "Revised after the site visit",
                "links",
                List.of(Map.of("label", "Visit", "url", "https://example.org/visit")),
                "version",
                version))
        .put(review + "/dimensions/a")
        .then()
        .statusCode(200);
    JsonPath claimed =
        api.admin()
            .body(Map.of("level", 2, "note", "CX sits with marketing"))
            .put(review + "/stage")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(claimed.getString("stage.claimed.label")).isEqualTo("Departmental CX");
    assertThat(claimed.getInt("stage.computed.number")).isPositive();

    api.admin().post(review + "/publication").then().statusCode(200);
    api.admin().post("api/campaigns/" + id + "/publish").then().statusCode(200);
    JsonPath read =
        api.as(leader.email(), leader.password())
            .get(review)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(read.getBoolean("published")).isTrue();
    assertThat(read.getInt("dimensions[0].rating.level")).isEqualTo(2);
    assertThat(read.getDouble("dimensions[0].gap")).isCloseTo(25.0 - own, within(1e-9));
    assertThat(read.getString("dimensions[0].rating.note"))
        .isEqualTo("Revised after the site visit");
    api.as(hr.email(), hr.password()).get(review).then().statusCode(403);

    byte[] pdf =
        api.download(leader.email(), leader.password(), "api/campaigns/" + id + "/report").body();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("The consultant's view")
          .contains("Revised after the site visit")
          .contains("https://example.org/visit");
    }
    List<String> actions =
        api.admin().get("api/organisations/" + org + "/audit").jsonPath().getList("action");
    assertThat(actions).contains("RATED", "REVIEW_PUBLISHED");

    // withdrawn: the leaders no longer read it, and the report no longer carries it
    api.admin().delete(review + "/publication").then().statusCode(200);
    api.as(leader.email(), leader.password()).get(review).then().statusCode(404);
    byte[] again =
        api.download(leader.email(), leader.password(), "api/campaigns/" + id + "/report").body();
    try (PDDocument document = Loader.loadPDF(again)) {
      assertThat(new PDFTextStripper().getText(document))
          .doesNotContain("Revised after the site visit");
    }
  }
}
