package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 15, item 7: axe-core finds no serious or critical violation, and a main landmark, on the
 * sign-in page, the dashboard, a campaign, the initiatives and the questionnaire (its intro and a
 * page of questions, on a phone), all of the demo organisation.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

  @ArquillianResource URL base;
  private Browser browser;

  @BeforeEach
  void open() throws Exception {
    browser = new Browser(base.toString(), 1366, 1000);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private void accessible(String page) {
    assertThat(Accessibility.problems(browser.driver)).as(page).isEmpty();
  }

  @Test
  void theMainPagesOfALeaderHaveNoSeriousViolation() throws Exception {
    Api api = new Api(base);
    String orgId = api.demoOrganisation();
    String latest = api.admin().get("api/organisations/" + orgId + "/trend").path("[1].campaignId");
    LoginPage.open(browser);
    accessible("sign-in");
    // the check itself sees what it is for: grey text on grey, and a progress bar without a name
    browser.driver.executeScript(
        "const p = document.createElement('p'); p.id = 'probe'; p.textContent = 'faint';"
            + " p.style.color = '#999'; p.style.background = '#aaa';"
            + " const bar = document.createElement('div'); bar.setAttribute('role', 'progressbar');"
            + " p.appendChild(bar); document.querySelector('[role=main]').appendChild(p);");
    assertThat(Accessibility.problems(browser.driver))
        .anyMatch(line -> line.contains("color-contrast") && line.contains("#probe"))
        .anyMatch(line -> line.contains("aria-progressbar-name"));
    browser.driver.executeScript("document.getElementById('probe').remove()");
    new LoginPage(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));

    browser.open("campaigns/" + latest + "/results");
    browser.waitFor(By.cssSelector("#heatmap-chart[data-rendered] canvas"));
    browser.waitFor(By.cssSelector(".questions-panel .level-bar"));
    accessible("dashboard");
    String division =
        api.questions(latest, null).getString("groups.find { it.kind == 'division' }.key");
    browser.open("campaigns/" + latest + "/results?group=" + division);
    browser.waitFor(By.id("focus-comparison"));
    accessible("dashboard filtered to a division");

    browser.open("campaigns/" + latest);
    browser.waitFor(By.cssSelector(".phase-list"));
    accessible("campaign");

    browser.open("initiatives?org=" + orgId);
    browser.waitFor(By.cssSelector("vaadin-grid"));
    browser.waitFor(By.cssSelector(".rag"));
    accessible("initiatives");

    String summary =
        api.admin().post("api/campaigns/" + latest + "/summary-link").then().extract().path("url");
    browser.driver.get(summary);
    browser.waitFor(By.id("summary-index"));
    accessible("shared summary");
  }

  @Test
  void theQuestionnaireOnAPhoneHasNoSeriousViolation() throws Exception {
    browser.close();
    browser = new Browser(base.toString(), 375, 800);
    Api api = new Api(base);
    String token = api.invite(api.demoPulse(), "Sales", "STAFF", 1).get(0);
    browser.open("survey/" + token);
    browser.waitFor(By.cssSelector(".survey-promise"));
    accessible("survey intro");
    browser.driver.findElement(By.id("survey-start")).click();
    browser.waitFor(By.cssSelector("vaadin-progress-bar"));
    browser.waitFor(By.cssSelector(".survey-question"));
    accessible("survey questions");
  }
}
