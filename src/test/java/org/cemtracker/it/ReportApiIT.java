package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The board report through REST: its text, read back with PDFBox, holds the headline figures of the
 * results API, and nothing of a hidden department; it follows the results' rights.
 */
@ExtendWith(ArquillianExtension.class)
class ReportApiIT {

  @ArquillianResource URL base;

  private static String one(Double value) {
    return String.format(Locale.ENGLISH, "%.1f", value);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theReportHoldsTheHeadlineFiguresOfTheResultsAndNothingOfAHiddenDepartment()
      throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Report " + System.nanoTime(),
            5,
            "path,headcount,customerFacing\nSales,10,true\nOps,30,false\nLegal,4,false\n");
    String id =
        api.campaign(orgId, "scoring-fixture", "Spring wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 6; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 4, "a2", 4, "b1", 4));
      api.respond(id, "Ops", "STAFF", Map.of("a1", 2, "a2", 2, "b1", 2));
    }
    // Legal's two would score A 12.5, B 100, overall 70.8: none of it may appear
    for (int i = 0; i < 2; i++) {
      api.respond(id, "Legal", "STAFF", Map.of("a1", 1, "a2", 2, "b1", 5));
    }
    assertThat(
            api.download(
                    Deployments.ADMIN_EMAIL,
                    Deployments.ADMIN_PASSWORD,
                    "api/campaigns/" + id + "/report")
                .status())
        .isEqualTo(409);
    api.close(id);

    JsonPath results = api.admin().get("api/campaigns/" + id + "/results").jsonPath();
    Api.Download response =
        api.download(
            Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD, "api/campaigns/" + id + "/report");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/pdf");
    assertThat(response.header("Content-Disposition")).contains("board-report-Spring-wave-A4.pdf");
    byte[] pdf = response.body();
    String text = text(pdf);

    assertThat(text)
        .contains("Board report")
        .contains("Spring wave")
        .contains(one(results.getDouble("cemIndex")))
        .contains(results.getString("stage.name"))
        .contains(String.format(Locale.ENGLISH, "%.0f %%", results.getDouble("reach") * 100))
        .contains(one(results.getDouble("departments.find { it.path == 'Sales' }.score")))
        .contains(one(results.getDouble("departments.find { it.path == 'Ops' }.score")))
        .contains("Fewer than 5 responses are in groups too small to show");
    assertThat(text).doesNotContain("70.8").doesNotContain("12.5").doesNotContain("100.0");
    for (String line : text.split("\\R")) {
      if (line.startsWith("Legal")) {
        assertThat(line.replace("Legal", "")).as(line).doesNotContainPattern("[0-9]");
      }
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595, within(1f));
    }
    byte[] letter =
        api.download(
                Deployments.ADMIN_EMAIL,
                Deployments.ADMIN_PASSWORD,
                "api/campaigns/" + id + "/report?paper=LETTER")
            .body();
    try (PDDocument document = Loader.loadPDF(letter)) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(612, within(1f));
    }
    assertThat(
            api.download(
                    Deployments.ADMIN_EMAIL,
                    Deployments.ADMIN_PASSWORD,
                    "api/campaigns/" + id + "/report?paper=A5")
                .status())
        .isEqualTo(400);
    Api.TestUser outsider = api.newUser(false);
    assertThat(
            api.download(outsider.email(), outsider.password(), "api/campaigns/" + id + "/report")
                .status())
        .isEqualTo(404);
  }

  @Test
  void theDemoReportHasEverySectionAndItsPagesRender() throws Exception {
    Api api = new Api(base);
    String orgId = api.demoOrganisation();
    String wave = api.admin().get("api/organisations/" + orgId + "/trend").path("[1].campaignId");
    Api.Download report =
        api.download(
            Deployments.ADMIN_EMAIL,
            Deployments.ADMIN_PASSWORD,
            "api/campaigns/" + wave + "/report");
    assertThat(report.status()).isEqualTo(200);
    byte[] pdf = report.body();
    String text = text(pdf);
    for (String section :
        List.of(
            "Method and response rates",
            "Where the organisation stands",
            "The spread behind the average",
            "Dimensions by tier",
            "Departments × dimensions",
            "Change since the previous wave",
            "Where to act",
            "Initiatives under way",
            "What people wrote",
            "Appendix: instrument quality",
            "Appendix: anonymity")) {
      assertThat(text).contains(section);
    }
    assertThat(text).contains("Legal").contains("hidden");
    File screenshots = new File("target/screenshots");
    screenshots.mkdirs();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page : new int[] {0, 1, 3}) {
        BufferedImage image = renderer.renderImageWithDPI(page, 80);
        File file = new File(screenshots, "report-page-" + (page + 1) + ".png");
        ImageIO.write(image, "png", file);
        DocScreenshots.keep("report-page-" + (page + 1), file.toPath());
      }
    }
  }
}
