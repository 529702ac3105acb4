package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An initiative owner's journey: from a campaign's recommendations to a new initiative, a check-in
 * on its page, the board and the roadmap, and the change in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeBrowserIT {

  @ArquillianResource URL base;
  private Browser browser;
  private String orgId;
  private Api.TestUser consultant;
  private String campaign;

  @BeforeEach
  void seed() throws Exception {
    Api api = new Api(base);
    orgId =
        api.organisation(
            "Initiative org " + System.nanoTime(),
            3,
            "path,headcount,customerFacing\nSales,20,true\nService,20,true\nOps,20,false\n");
    consultant = api.member(orgId, "CONSULTANT");
    campaign = api.campaign(orgId, "scoring-fixture", "Wave 1", "LEADERSHIP");
    for (String department : List.of("Sales", "Service", "Ops")) {
      for (int i = 0; i < 3; i++) {
        api.respond(campaign, department, "LEADERSHIP", Map.of("a1", 2, "a2", 2, "b1", 3));
      }
    }
    api.admin().post("api/campaigns/" + campaign + "/close").then().statusCode(200);
    browser = new Browser(base.toString(), 1366, 1000);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private void click(WebElement element) {
    browser.driver.executeScript("arguments[0].click();", element);
  }

  private void setValue(String selector, String value) {
    browser.driver.executeScript(
        "document.querySelector(arguments[0]).value = arguments[1];", selector, value);
  }

  @Test
  void createsAnInitiativeFromARecommendationPostsACheckInAndShowsTheRoadmap() throws Exception {
    LoginPage.open(browser).signIn(consultant.email(), consultant.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    // from the campaign's results to its recommendations
    browser.open("campaigns/" + campaign + "/results");
    click(browser.waitFor(By.id("plan-initiatives")));
    browser.waitForUrl("view=recommendations");
    browser.waitForText("Its weakest dimensions");
    browser.screenshot("initiative-recommendations");
    click(browser.waitFor(By.cssSelector(".create-from-recommendation")));

    // the form comes filled in from the recommendation
    WebElement title = browser.waitFor(By.id("initiative-title"));
    assertThat(title.getDomProperty("value")).isEqualTo("Grow A");
    assertThat(browser.driver.findElement(By.id("initiative-description")).getDomProperty("value"))
        .isEqualTo("Broaden A.");
    assertThat(browser.driver.findElements(By.cssSelector(".kpi-name")))
        .extracting(e -> e.getDomProperty("value"))
        .containsExactly("Dimension A score", "A reach", "A owners");
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("#initiative-owner input"))
                .getDomProperty("value"))
        .contains(consultant.email());
    setValue("#initiative-start", java.time.LocalDate.now().plusDays(1).toString());
    setValue("#initiative-due", java.time.LocalDate.now().plusMonths(4).toString());
    browser.screenshot("initiative-form");
    click(browser.driver.findElement(By.id("save-initiative")));

    // its own page: post a check-in and see it on the timeline
    browser.waitForUrl("initiatives/");
    browser.waitFor(By.id("initiative-heading"));
    assertThat(browser.driver.findElement(By.id("initiative-heading")).getText())
        .isEqualTo("Grow A");
    browser
        .waitFor(By.cssSelector("#check-in-note textarea"))
        .sendKeys("Kick-off held with Sales and Service", org.openqa.selenium.Keys.TAB);
    click(browser.driver.findElement(By.id("post-check-in")));
    browser.waitFor(
        By.xpath("//*[@id='check-in-timeline']//p[text()='Kick-off held with Sales and Service']"));
    assertThat(browser.driver.findElement(By.id("check-in-timeline")).getText())
        .contains(consultant.email());
    assertThat(browser.driver.findElement(By.id("impact")).getText())
        .contains("The impact shows after the next campaign closes");
    click(browser.driver.findElement(By.id("move-approved")));
    browser.waitFor(By.xpath("//*[@id='initiative-status' and text()='Approved']"));
    browser.screenshot("initiative-page");

    // the recommendation now shows the initiative created from it
    browser.open("initiatives?org=" + orgId + "&view=recommendations&campaign=" + campaign);
    WebElement made = browser.waitFor(By.cssSelector(".from-recommendation a"));
    assertThat(made.getText()).isEqualTo("Grow A");
    assertThat(made.getAttribute("href")).contains("initiatives/");
    assertThat(browser.driver.findElements(By.cssSelector(".from-recommendation a"))).hasSize(1);

    // the board and the roadmap
    browser.open("initiatives?org=" + orgId + "&view=board");
    WebElement card =
        browser.waitFor(By.cssSelector("#board .board-column.status-approved .board-card"));
    assertThat(card.getText()).contains("Grow A");
    browser.open("initiatives?org=" + orgId + "&view=roadmap");
    WebElement bar = browser.waitFor(By.cssSelector("#roadmap .roadmap-bar"));
    assertThat(bar.getText()).isEqualTo("Approved");
    assertThat(browser.driver.findElement(By.id("roadmap")).getText())
        .contains("Grow A")
        .contains("Today");
    browser.screenshot("initiative-roadmap");

    // the audit log tells who did it
    browser.open("audit?org=" + orgId + "&entity=initiative");
    // as sentences, the changes behind each event's details
    browser.waitFor(By.id("audit-list"));
    browser.waitForText("posted a check-in on the initiative “Grow A”.");
    assertThat(browser.driver.findElement(By.id("audit-list")).getText())
        .contains("created the initiative “Grow A”.")
        .doesNotContain("Status: PROPOSED → APPROVED");
    WebElement change =
        browser.driver.findElement(
            By.xpath(
                "//vaadin-details[contains(@class, 'audit-event')]"
                    + "[.//span[contains(., 'changed the initiative')]]"
                    + "[.//li[contains(., 'Status: PROPOSED → APPROVED')]]"));
    browser.driver.executeScript("arguments[0].opened = true", change);
    browser.waitForText("Status: PROPOSED → APPROVED");
    browser.screenshot("audit-log");
  }

  @Test
  void theDemoOrganisationsRoadmapAndBoardAreFull() throws Exception {
    Api api = new Api(base);
    String demo = api.demoOrganisation();
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("initiatives?org=" + demo + "&view=roadmap");
    browser.waitFor(By.cssSelector("#roadmap .roadmap-bar"));
    assertThat(browser.driver.findElements(By.cssSelector("#roadmap .roadmap-bar"))).hasSize(5);
    assertThat(browser.driver.findElements(By.cssSelector("#roadmap .roadmap-milestone.overdue")))
        .isNotEmpty();
    browser.screenshot("initiatives-demo-roadmap");
    browser.open("initiatives?org=" + demo + "&view=board");
    browser.waitFor(By.cssSelector("#board .board-card"));
    browser.screenshot("initiatives-demo-board");
    browser.open("initiatives?org=" + demo);
    browser.waitFor(By.id("initiative-grid"));
    browser.screenshot("initiatives-demo-list");
    WebElement blocked =
        browser.driver.findElement(
            By.xpath("//vaadin-grid-cell-content[text()='Close the loop with customers']"));
    click(blocked);
    browser.waitFor(By.cssSelector(".kpi-chart[data-rendered] canvas"));
    assertThat(browser.driver.findElement(By.id("initiative-rag")).getText()).isEqualTo("Red");
    browser.screenshot("initiative-demo-page");

    // started between the two dated waves: its impact shows on first start
    browser.open("initiatives?org=" + demo);
    click(
        browser.waitFor(
            By.xpath(
                "//vaadin-grid-cell-content[text()='Customer stories at every board meeting']")));
    WebElement impact = browser.waitFor(By.cssSelector("#impact .impact-table"));
    assertThat(browser.driver.findElement(By.id("impact")).getText())
        .contains("From “Wave 1 — spring” to “Wave 2 — autumn”");
    assertThat(impact.getText()).contains("→");

    // and the recommendation it was created from says so
    browser.open("initiatives?org=" + demo + "&view=recommendations");
    browser.waitForText("Its weakest dimensions");
    assertThat(
            browser.driver.findElements(By.cssSelector(".from-recommendation a")).stream()
                .map(WebElement::getText)
                .toList())
        .contains("Close the loop with customers");
    browser.screenshot("initiatives-demo-recommendations");
  }
}
