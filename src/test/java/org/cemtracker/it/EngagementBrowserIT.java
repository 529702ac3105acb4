package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16 in the browser: a consultant sees a client among their other clients on the dashboard;
 * an initiative's new owner finds the notification under the bell and follows it.
 */
@ExtendWith(ArquillianExtension.class)
class EngagementBrowserIT {

  @ArquillianResource URL base;
  private Browser browser;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static String closedWave(Api api, String name, int a, int b) {
    String org = api.organisation(name + " " + System.nanoTime(), 3, ResultsApiIT.SALES_AND_OPS);
    String campaign =
        api.campaign(org, "scoring-fixture", "Wave", "LEADERSHIP", "MANAGEMENT", "STAFF");
    for (int i = 0; i < 3; i++) {
      api.respond(campaign, "Sales", "STAFF", Map.of("a1", a, "a2", a, "b1", b));
    }
    api.close(campaign);
    api.admin().post("api/campaigns/" + campaign + "/publish").then().statusCode(200);
    return campaign;
  }

  @Test
  void aConsultantSeesTheClientAmongTheirOtherClients() throws Exception {
    Api api = new Api(base);
    String own = closedWave(api, "Placed", 3, 4);
    List<String> campaigns = new ArrayList<>(List.of(own));
    for (int i = 0; i < 5; i++) {
      campaigns.add(closedWave(api, "Peer " + i, 1 + i, 5 - i));
    }
    Api.TestUser consultant = api.newUser(false);
    for (String campaign : campaigns) {
      String org = api.admin().get("api/campaigns/" + campaign).path("orgId");
      api.admin()
          .body(
              Map.of(
                  "email", consultant.email(), "role", "CONSULTANT", "departmentPaths", List.of()))
          .post("api/organisations/" + org + "/members")
          .then()
          .statusCode(201);
    }
    double median =
        api.as(consultant.email(), consultant.password())
            .get("api/campaigns/" + own + "/benchmark")
            .jsonPath()
            .getDouble("index.median");
    browser = new Browser(base.toString(), 1366, 1000);
    LoginPage.open(browser).signIn(consultant.email(), consultant.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + own + "/results");
    WebElement card =
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("benchmark")));
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", card);
    browser.waitFor(By.cssSelector("#benchmark-chart[data-rendered] canvas"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(d -> d.findElement(By.id("benchmark-table")).getText().contains("CEM index"));
    String table =
        (String)
            browser.driver.executeScript(
                "return [...document.querySelectorAll('#benchmark-table vaadin-grid-cell-content')]"
                    + ".map(c => c.textContent.trim()).join(' | ')");
    assertThat(table)
        .contains("CEM index")
        .contains(String.format(Locale.ENGLISH, "%.1f", median))
        .contains("of 5 other clients");
    browser.screenshot("benchmark");
  }

  @Test
  void aNewOwnerFindsTheNotificationUnderTheBellAndFollowsIt() throws Exception {
    Api api = new Api(base);
    String org = api.organisation("Bell " + System.nanoTime(), 3, OrganisationApiIT.CSV);
    Api.TestUser owner = api.member(org, "HR");
    String id =
        api.admin()
            .body(Map.of("title", "Service blueprints", "ownerEmail", owner.email()))
            .post("api/organisations/" + org + "/initiatives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // stored off the request: wait until the API has it
    long until = System.nanoTime() + 20_000_000_000L;
    while (api.as(owner.email(), owner.password())
                .get("api/notifications")
                .jsonPath()
                .getLong("unread")
            == 0
        && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    browser = new Browser(base.toString(), 1366, 1000);
    LoginPage.open(browser).signIn(owner.email(), owner.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    assertThat(browser.waitFor(By.id("notice-count")).getText()).isEqualTo("1");
    browser.waitFor(By.id("notice-bell")).click();
    WebElement notice =
        browser.waitFor(
            By.xpath("//a[contains(., 'You own the initiative “Service blueprints”')]"));
    browser.screenshot("notifications");
    notice.click();
    browser.waitForUrl("initiatives/" + id);
    browser.waitForText("Service blueprints");
    // following it marked it read
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(
            d ->
                api.as(owner.email(), owner.password())
                        .get("api/notifications")
                        .jsonPath()
                        .getLong("unread")
                    == 0);
  }
}
