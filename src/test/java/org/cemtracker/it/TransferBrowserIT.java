package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A consultant's hand-over in the browser: the demo organisation's Data tab leads to its export, an
 * export file uploaded on the import page becomes a new organisation, and the board report page
 * prepares the spreadsheet.
 */
@ExtendWith(ArquillianExtension.class)
class TransferBrowserIT {

  @ArquillianResource URL base;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser(base.toString(), 1366, 1000);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void anOrganisationIsExportedAndImportedThroughThePages() throws Exception {
    Api api = new Api(base);
    String demo = api.demoOrganisation();
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("organisations/" + demo);
    browser.waitFor(By.xpath("//vaadin-tab[contains(., 'Data')]")).click();
    assertThat(browser.waitFor(By.id("erase-organisation")).getAttribute("disabled")).isNotNull();
    browser.waitFor(By.id("export-organisation")).click();
    browser.waitFor(By.id("prepare-organisation-export")).click();
    assertThat(browser.waitFor(By.id("organisation-export-link")).getText())
        .startsWith("Download organisation-Northwind-Logistics-demo.json (");
    browser.screenshot("organisation-export");

    File file = new File("target/demo-export.json");
    Files.write(
        file.toPath(), api.admin().get("api/organisations/" + demo + "/export").asByteArray());
    browser.open("organisations/import");
    WebElement upload = browser.waitFor(By.id("organisation-import-upload"));
    upload
        .getShadowRoot()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.getAbsolutePath());
    browser.waitForText("Imported: 3 campaigns");
    WebElement link = browser.waitFor(By.id("imported-organisation"));
    assertThat(link.getText()).startsWith("Northwind Logistics (demo)");
    browser.screenshot("organisation-imported");
    // the copy takes another name, so that the demo organisation stays the one of its name
    api.rename(
        link.getAttribute("href").replaceAll(".*/organisations/", ""),
        "Northwind copy " + System.nanoTime());

    String wave = api.admin().get("api/organisations/" + demo + "/trend").path("[1].campaignId");
    browser.open("campaigns/" + wave + "/report");
    browser.waitFor(By.id("prepare-export")).click();
    assertThat(browser.waitFor(By.id("export-xlsx")).getText()).endsWith(".xlsx");
    assertThat(browser.driver.findElement(By.id("export-files")).getText())
        .contains("departments.csv");
    browser.screenshot("report-exports");
  }
}
