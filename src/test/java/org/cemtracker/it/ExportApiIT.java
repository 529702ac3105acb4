package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exports of a released campaign, read back with Apache POI: the figures equal the results API,
 * a hidden department has no number, the questions carry their distributions, and no text runs as a
 * formula.
 */
@ExtendWith(ArquillianExtension.class)
class ExportApiIT {

  static final String ADMIN = Deployments.ADMIN_EMAIL;
  static final String PASSWORD = Deployments.ADMIN_PASSWORD;

  @ArquillianResource URL base;

  private static Row row(Sheet sheet, String first) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(first)) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
  }

  @Test
  void theSpreadsheetHoldsTheReleasedFiguresAndNothingOfAHiddenDepartment() throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Export " + System.nanoTime(),
            5,
            "path,headcount,customerFacing\nSales,10,true\nOps,30,false\nLegal,4,false\n");
    String id =
        api.campaign(orgId, "scoring-fixture", "Export wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 6; i++) {
      api.respond(id, "Sales", "STAFF", Map.of("a1", 4, "a2", 4, "b1", 4));
      api.respond(id, "Ops", "STAFF", Map.of("a1", 2, "a2", 2, "b1", 2));
    }
    for (int i = 0; i < 2; i++) {
      api.respond(id, "Legal", "STAFF", Map.of("a1", 1, "a2", 2, "b1", 5));
    }
    api.admin()
        .body(Map.of("title", "=HYPERLINK(\"http://evil.example\",\"click\")"))
        .post("api/organisations/" + orgId + "/initiatives")
        .then()
        .statusCode(201);
    assertThat(api.download(ADMIN, PASSWORD, "api/campaigns/" + id + "/export").status())
        .isEqualTo(409);
    api.close(id);
    JsonPath results = api.admin().get("api/campaigns/" + id + "/results").jsonPath();

    Api.Download file = api.download(ADMIN, PASSWORD, "api/campaigns/" + id + "/export");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Content-Disposition")).contains("results-Export-wave.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet summary = workbook.getSheet("Summary");
      assertThat(row(summary, "CEM index").getCell(1).getNumericCellValue())
          .isEqualTo(results.getDouble("cemIndex"));
      assertThat(
              row(summary, "Responses in groups too small to show").getCell(1).getStringCellValue())
          .isEqualTo("fewer than 5");

      Sheet departments = workbook.getSheet("Departments");
      Row legal = row(departments, "Legal");
      assertThat(legal.getCell(4).getStringCellValue()).isEqualTo("yes");
      List<Double> numbers = new ArrayList<>();
      legal.forEach(
          c -> {
            if (c.getCellType() == CellType.NUMERIC) {
              numbers.add(c.getNumericCellValue());
            }
          });
      // the headcount is the only number of Legal's row
      assertThat(numbers).containsExactly(4.0);
      assertThat(row(departments, "Sales").getCell(6).getNumericCellValue())
          .isEqualTo(results.getDouble("departments.find { it.path == 'Sales' }.score"));

      // a1 in the organisation: Sales 6 × 4, Ops 6 × 2; Legal withheld
      Sheet questions = workbook.getSheet("Questions");
      Row a1 = null;
      for (Row r : questions) {
        if (r.getRowNum() > 0
            && r.getCell(0).getStringCellValue().equals("organisation")
            && r.getCell(2).getStringCellValue().equals("a1")) {
          a1 = r;
        }
      }
      assertThat(a1).isNotNull();
      assertThat(a1.getCell(5).getNumericCellValue()).isEqualTo(12.0);
      assertThat(a1.getCell(6).getNumericCellValue()).isEqualTo(3.0);
      List<Double> distribution = new ArrayList<>();
      for (int c = 7; c < 12; c++) {
        distribution.add(a1.getCell(c).getNumericCellValue());
      }
      assertThat(distribution).containsExactly(0.0, 6.0, 0.0, 6.0, 0.0);

      String title = workbook.getSheet("Initiatives").getRow(1).getCell(0).getStringCellValue();
      assertThat(title).startsWith("'=HYPERLINK");
    }

    Api.Download csv =
        api.download(ADMIN, PASSWORD, "api/campaigns/" + id + "/export/initiatives.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFInitiative,").contains("\"'=HYPERLINK(");
    assertThat(
            api.download(ADMIN, PASSWORD, "api/campaigns/" + id + "/export/responses.csv").status())
        .isEqualTo(404);
    Api.TestUser outsider = api.newUser(false);
    assertThat(
            api.download(outsider.email(), outsider.password(), "api/campaigns/" + id + "/export")
                .status())
        .isEqualTo(404);
  }
}
