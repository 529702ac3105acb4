package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, item 4: a consultant places a client among their other clients on the same model —
 * quartiles, median and top 10 % of the others' released figures, only where five or more
 * contribute; an organisation whose figures are hidden contributes nothing; no one but those who
 * run the client sees it; the board report carries it when asked.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkApiIT {

  @ArquillianResource URL base;

  /** A closed wave of the scoring fixture with this many staff answers at these levels. */
  private static String client(Api api, String name, int responses, int a, int b) {
    String org = api.organisation(name + " " + System.nanoTime(), 3, ResultsApiIT.SALES_AND_OPS);
    String campaign =
        api.campaign(org, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < responses; i++) {
      api.respond(
          campaign, "Sales", "STAFF", Map.of("a1", a, "a2", Math.min(5, a + i % 2), "b1", b));
    }
    api.close(campaign);
    api.admin().post("api/campaigns/" + campaign + "/publish").then().statusCode(200);
    return campaign;
  }

  private static String organisationOf(Api api, String campaign) {
    return api.admin().get("api/campaigns/" + campaign).path("orgId");
  }

  private static void consults(Api api, Api.TestUser consultant, String campaign) {
    api.admin()
        .body(
            Map.of("email", consultant.email(), "role", "CONSULTANT", "departmentPaths", List.of()))
        .post("api/organisations/" + organisationOf(api, campaign) + "/members")
        .then()
        .statusCode(201);
  }

  @Test
  void aClientIsPlacedAmongFiveOrMoreOthersAndNeverAmongFewer() throws IOException {
    Api api = new Api(base);
    String own = client(api, "Benchmarked", 3, 4, 2);
    List<String> others = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      others.add(client(api, "Other " + i, 3, 1 + i, 5 - i));
    }
    String hidden = client(api, "Too few", 2, 5, 5);
    Api.TestUser consultant = api.newUser(false);
    consults(api, consultant, own);
    others.forEach(c -> consults(api, consultant, c));
    consults(api, consultant, hidden);

    JsonPath benchmark =
        api.as(consultant.email(), consultant.password())
            .get("api/campaigns/" + own + "/benchmark")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // the expected figures, from each other client's released results, quartiles computed here
    List<Double> index = new ArrayList<>();
    List<Double> a = new ArrayList<>();
    for (String other : others) {
      JsonPath r = api.admin().get("api/campaigns/" + other + "/results").jsonPath();
      index.add(r.getDouble("cemIndex"));
      a.add(r.getDouble("dimensions.find { it.id == 'a' }.score"));
    }
    JsonPath mine = api.admin().get("api/campaigns/" + own + "/results").jsonPath();
    assertThat(benchmark.getDouble("index.own"))
        .isCloseTo(mine.getDouble("cemIndex"), within(0.051));
    // the hidden organisation (2 answers, k = 3) adds nothing: five contribute, not six
    assertThat(benchmark.getInt("index.organisations")).isEqualTo(5);
    assertThat(benchmark.getDouble("index.median")).isCloseTo(quantile(index, 0.5), within(0.051));
    assertThat(benchmark.getDouble("index.lowerQuartile"))
        .isCloseTo(quantile(index, 0.25), within(0.051));
    assertThat(benchmark.getDouble("index.upperQuartile"))
        .isCloseTo(quantile(index, 0.75), within(0.051));
    // five others: no top-10 % line (with the upper quartile it would give the highest away)
    assertThat(benchmark.getString("index.top10")).isNull();
    String dimA = "dimensions.find { it.id == 'a' }.figure";
    assertThat(benchmark.getDouble(dimA + ".median")).isCloseTo(quantile(a, 0.5), within(0.051));
    assertThat(benchmark.getString(dimA + ".band")).isNotBlank();
    assertThat(benchmark.getString("index.withheld")).isNull();
    // no lowest or highest other client is given
    assertThat(benchmark.prettify()).doesNotContainPattern("\"(min|max|lowest|highest)\"");

    // a consultant with four other clients sees no spread at all, only that there are too few
    Api.TestUser fewer = api.newUser(false);
    consults(api, fewer, own);
    others.subList(0, 4).forEach(c -> consults(api, fewer, c));
    JsonPath withheld =
        api.as(fewer.email(), fewer.password())
            .get("api/campaigns/" + own + "/benchmark")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String figure : List.of("index", dimA, "dimensions.find { it.id == 'b' }.figure")) {
      assertThat(withheld.getString(figure + ".withheld")).startsWith("fewer than 5");
      for (String part :
          List.of("organisations", "lowerQuartile", "median", "upperQuartile", "top10", "band")) {
        assertThat(withheld.getString(figure + "." + part)).as(figure + "." + part).isNull();
      }
    }

    // the client's leaders and HR, who read its published results, do not see it; another
    // tenant's consultant gets 404
    Api.TestUser leader = api.member(organisationOf(api, own), "LEADER");
    api.as(leader.email(), leader.password())
        .get("api/campaigns/" + own + "/benchmark")
        .then()
        .statusCode(403);
    Api.TestUser hr = api.member(organisationOf(api, own), "HR");
    api.as(hr.email(), hr.password())
        .get("api/campaigns/" + own + "/benchmark")
        .then()
        .statusCode(403);
    Api.TestUser stranger = api.newUser(false);
    consults(api, stranger, others.get(0));
    api.as(stranger.email(), stranger.password())
        .get("api/campaigns/" + own + "/benchmark")
        .then()
        .statusCode(404);

    // the board report carries it when the consultant asks, and refuses it to the leader
    String report = "api/campaigns/" + own + "/report";
    Api.Download asked =
        api.download(consultant.email(), consultant.password(), report + "?benchmark=true");
    assertThat(asked.status()).isEqualTo(200);
    String text = text(asked.body());
    assertThat(text).contains("Among the consultant's other clients");
    assertThat(text)
        .contains(String.format(Locale.ENGLISH, "%.1f", benchmark.getDouble("index.median")));
    assertThat(text(api.download(consultant.email(), consultant.password(), report).body()))
        .doesNotContain("Among the consultant's other clients");
    assertThat(api.download(leader.email(), leader.password(), report + "?benchmark=true").status())
        .isEqualTo(403);
    Api.Download wrong =
        api.download(consultant.email(), consultant.password(), report + "?benchmark=yes");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("benchmark");
  }

  /** R's type-7 quantile, written here apart from the app's. */
  private static double quantile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double h = (sorted.length - 1) * p;
    int lo = (int) h;
    return lo + 1 < sorted.length
        ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo])
        : sorted[lo];
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
