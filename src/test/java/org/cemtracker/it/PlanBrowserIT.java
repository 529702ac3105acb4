package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 16, item 1, as the consultant and a respondent meet it: the consultant plans the close and
 * the reminders on the campaign page (a mistake is shown on its field), sees the planned steps and
 * each department's target on the monitor; the respondent sees the deadline before starting.
 */
@ExtendWith(ArquillianExtension.class)
class PlanBrowserIT {

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
  void theConsultantPlansTheCloseAndRemindersAndTheRespondentSeesTheDeadline() throws Exception {
    Api api = new Api(base);
    String org = api.organisation("Planned " + System.nanoTime(), 3, OrganisationApiIT.CSV);
    String campaign = api.campaign(org, "cem-pulse", "Spring wave", "LEADERSHIP");
    String token = api.invite(campaign, "Sales", "LEADERSHIP", 2).get(0);
    LocalDate day = LocalDate.now().plusDays(30);

    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + campaign);
    WebElement closes = browser.waitFor(By.id("plan-closes"));
    enter(
        closes.findElement(By.cssSelector("vaadin-date-picker input")),
        day.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ENGLISH)));
    enter(closes.findElement(By.cssSelector("vaadin-time-picker input")), "17:00");
    WebElement reminders = browser.waitFor(By.id("plan-reminders"));
    enter(reminders.findElement(By.cssSelector("input")), "3, 0");
    browser.waitFor(By.id("save-plan")).click();
    browser.waitForText("must be a number of days from 1 to 60");
    assertThat(reminders.getDomAttribute("invalid")).isNotNull();
    assertThat(api.admin().get("api/campaigns/" + campaign + "/plan").<String>path("closes"))
        .isNull();

    WebElement input = reminders.findElement(By.cssSelector("input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3, 1", Keys.TAB);
    browser.waitFor(By.id("save-plan")).click();
    browser.waitForText("Close the campaign — ");
    assertThat(reminders.getDomAttribute("invalid")).isNull();
    String steps = browser.waitFor(By.id("plan-steps")).getText();
    assertThat(steps).contains("Remind the invitations not yet used").contains("planned");
    JsonPath plan = api.admin().get("api/campaigns/" + campaign + "/plan").jsonPath();
    assertThat(plan.getList("remindDaysBefore", Integer.class)).containsExactly(3, 1);
    assertThat(plan.getList("steps.kind")).containsExactly("REMIND", "REMIND", "CLOSE");
    String grid = browser.waitFor(By.id("response-counts")).getText();
    assertThat(grid).contains("Target").contains("75 %");
    browser.screenshot("campaign-plan");

    browser.open("survey/" + token);
    String deadline = browser.waitFor(By.id("survey-deadline")).getText();
    assertThat(deadline)
        .startsWith("Please answer by")
        .contains(day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
    List<String> steps2 = plan.getList("steps.outcome");
    assertThat(steps2).containsOnlyNulls();
  }

  private static void enter(WebElement input, String text) {
    input.sendKeys(text, Keys.ENTER);
  }
}
