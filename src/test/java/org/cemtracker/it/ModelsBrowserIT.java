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
import org.openqa.selenium.WebElement;

/** Browsing the default model in the Models view. */
@ExtendWith(ArquillianExtension.class)
class ModelsBrowserIT {

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
  void aUserReadsTheDimensionsQuestionsAnchorsAndStagesOfTheDefaultModel() throws Exception {
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("models");
    browser.waitForText("Leadership & orientation (5)");
    browser.waitForText("33 questions");

    browser
        .driver
        .findElement(By.xpath("//vaadin-details[contains(., 'Leadership & orientation')]"))
        .click();
    browser.waitForText("Customer experience is the organising idea of the strategy");
    browser.screenshot("models-questions");

    browser.driver.findElement(By.xpath("//vaadin-tab[contains(., 'Stages')]")).click();
    browser.waitForText("reach ≥ 80 % and bolt-on gap ≤ 10 points");
    browser.screenshot("models-stages");

    // the administrator also sees the fixture files that failed to load, with their lines
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .contains("wrong-anchors.yaml:23: questions[1].anchors");
  }

  /** Issue 18, item 4: a consultant sees what stays comparable between two versions. */
  @Test
  void twoVersionsOfAModelAreShownSideBySide() throws Exception {
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("models?model=small");
    browser.waitForText("A small valid model");
    browser.driver.findElement(By.xpath("//vaadin-tab[contains(., 'Versions')]")).click();
    browser.waitForText("A question, reworded?");
    String grid = browser.waitFor(By.id("diff-questions")).getText();
    assertThat(grid).contains("reworded").contains("added").contains("A new question?");
    assertThat(browser.waitFor(By.id("diff-dimensions")).getText())
        .contains("Dimension: its score does not compare");
    browser.screenshot("models-versions");
  }

  /**
   * Issue 18, item 1: a respondent meets a question's own answer set and its criteria; the
   * dashboard shows the dimension groups' scores and the Models view the stage rules.
   */
  @Test
  void aFormatTwoModelShowsItsAnswerSetsCriteriaGroupsAndStageRules() throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation("Format two browser " + System.nanoTime(), 3, ResultsApiIT.SALES_AND_OPS);
    String id = api.campaign(orgId, "format-two", "Audit", "LEADERSHIP", "MANAGEMENT", "STAFF");
    String token = api.invite(id, "Ops", "STAFF", 1).get(0);
    browser.open("survey/" + token);
    browser.waitFor(By.id("survey-start")).click();
    WebElement listen = browser.waitFor(By.id("q-p-listen-1"));
    // four levels of the practice set and don't know, with the question's criteria beside it
    assertThat(listen.findElements(By.cssSelector("vaadin-radio-button"))).hasSize(5);
    assertThat(listen.getText())
        .contains("Nothing of the practice exists.")
        .contains("Counts only if the feedback reaches the team");
    browser.screenshot("format-two-survey");

    for (int i = 0; i < 3; i++) {
      api.respond(id, "Sales", "LEADERSHIP", ResultsApiIT.TOP);
      api.respond(id, "Ops", "STAFF", ResultsApiIT.BOTTOM);
    }
    api.close(id);
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + id + "/results");
    WebElement groups = browser.waitFor(By.id("group-results"));
    browser.waitForText("Customer insight");
    String table = groups.getText();
    // insight (16.7 + 2 × 25) / 3 = 22.2; delivery (25 + 43.75) / 2 = 34.4, leaders 87.5 ahead
    assertThat(table).contains("Customer insight").contains("22.2").contains("34.4");
    assertThat(table).contains("+87.5");
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", groups);
    browser.screenshot("format-two-groups");

    browser.open("models?model=format-two");
    browser.waitForText("Customer insight › Listening (2)");
    browser.driver.findElement(By.xpath("//vaadin-tab[contains(., 'Stages')]")).click();
    browser.waitForText("and every dimension ≥ 40");
    browser.waitForText("and Delivery ≥ 75");
  }
}
