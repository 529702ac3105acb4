package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A respondent answers on a phone: 375 × 812, resumes after a reload, cannot answer twice. */
@ExtendWith(ArquillianExtension.class)
class RespondentBrowserIT {

  @ArquillianResource URL base;
  private Browser browser;
  private String token;
  private String campaignId;
  private Api api;

  @BeforeEach
  void start() throws Exception {
    api = new Api(base);
    String orgId = api.organisation("Phone test " + System.nanoTime(), 5, OrganisationApiIT.CSV);
    campaignId = api.campaign(orgId, "cem-maturity", "Wave 1", "LEADERSHIP");
    token = api.invite(campaignId, "Sales", "LEADERSHIP", 1).get(0);
    browser = new Browser(base.toString(), 375, 812);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  private void answerEveryQuestionOnThePage(int level) {
    for (WebElement group : browser.driver.findElements(By.cssSelector("vaadin-radio-group"))) {
      group.findElements(By.cssSelector("vaadin-radio-button")).get(level - 1).click();
    }
  }

  private void next() {
    browser.waitFor(By.id("survey-next")).click();
  }

  @Test
  void aRespondentAnswersResumesAfterAReloadAndCannotSubmitTwice() throws Exception {
    browser.open("survey/" + token);
    browser.waitForText("Your answers are anonymous.");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/survey").doesNotContain(token);
    browser.screenshot("survey-intro-phone");
    assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(375L);

    browser.waitFor(By.id("survey-start")).click();
    browser.waitForText("Page 1 of 8");
    answerEveryQuestionOnThePage(4);
    browser.screenshot("survey-question-phone");
    assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(375L);
    next();
    browser.waitForText("Page 2 of 8");

    // a reload stays on the page it left
    browser.driver.navigate().refresh();
    browser.waitForText("Page 2 of 8");
    for (int page = 2; page < 8; page++) {
      browser.waitForText("Page " + page + " of 8");
      answerEveryQuestionOnThePage(3);
      next();
    }
    // the last question left open: submitting warns first, naming how many, and leads back to it
    browser.waitForText("Page 8 of 8");
    List<WebElement> groups = browser.driver.findElements(By.cssSelector("vaadin-radio-group"));
    for (WebElement group : groups.subList(0, groups.size() - 1)) {
      group.findElements(By.cssSelector("vaadin-radio-button")).get(2).click();
    }
    browser.waitFor(By.id("survey-submit")).click();
    assertThat(browser.dialogHeader("survey-unanswered")).isEqualTo("1 question has no answer");
    // the whole submit label shows on a phone, not "Submit answ…"
    assertThat(
            (Boolean)
                browser.driver.executeScript(
                    "const b = document.getElementById('survey-submit')"
                        + ".shadowRoot.querySelector('[part=label]');"
                        + " return b.scrollWidth <= b.clientWidth;"))
        .isTrue();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d ->
                ((JavascriptExecutor) d)
                    .executeScript(
                        "const o = document.querySelector('vaadin-confirm-dialog-overlay');"
                            + " return o && !o.hasAttribute('opening');"));
    browser.screenshot("survey-unanswered-phone");
    button("Answer them").click();
    browser.waitForText("Page 8 of 8");
    answerEveryQuestionOnThePage(3);
    browser.waitFor(By.id("survey-submit")).click();
    String receipt = browser.waitFor(By.id("survey-receipt")).getText();
    assertThat(receipt).contains("CEM-");
    browser.screenshot("survey-receipt-phone");

    browser.open("survey/" + token);
    browser.waitForText("You have already answered");
    assertThat(browser.waitFor(By.id("survey-receipt")).getText()).isEqualTo(receipt);
  }

  @Test
  void answersAreSavedAsTheyGoAndTheLinkLivesInTheBrowserNotOnlyInTheNodesSession() {
    browser.open("survey/" + token);
    browser.waitFor(By.id("survey-start")).click();
    browser.waitForText("Page 1 of 8");
    WebElement first = browser.waitFor(By.cssSelector("vaadin-radio-group"));
    String question = first.getAttribute("id");
    first.findElements(By.cssSelector("vaadin-radio-button")).get(1).click();
    browser.waitForText("saved as you go: open the same link");

    // no Next, and the node's session is gone (its node died): the browser keeps its cookie
    browser.driver.manage().deleteCookieNamed("CEMSESSION");
    browser.open("survey");
    browser.waitForText("Continue where you left off");
    browser.waitFor(By.id("survey-start")).click();
    browser.waitForText("Page 1 of 8");
    assertThat(SurvivingBrowsers.chosen(browser, question)).isEqualTo("2");
  }

  @Test
  void anOpenLinkContinuesWithTheSamePersonalLinkInTheSameBrowser() {
    String open =
        api.admin()
            .post("api/campaigns/" + campaignId + "/open-link")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    String answered = SurvivingBrowsers.startFromOpenLink(browser, open, "Sales", "Leadership");

    browser.driver.manage().deleteCookieNamed("CEMSESSION");
    browser.open("survey/open/" + open);
    browser.waitForText("Continue where you left off");
    browser.waitFor(By.id("survey-start")).click();
    browser.waitForText("Page 1 of 8");
    assertThat(SurvivingBrowsers.chosen(browser, answered)).isEqualTo("4");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/survey").doesNotContain(open);
  }

  @Test
  void submittingWithNothingAnsweredSaysSoInPlainWords() {
    browser.open("survey/" + token);
    browser.waitFor(By.id("survey-start")).click();
    for (int page = 1; page < 8; page++) {
      browser.waitForText("Page " + page + " of 8");
      next();
    }
    browser.waitFor(By.id("survey-submit")).click();
    assertThat(browser.dialogHeader("survey-nothing-answered")).isEqualTo("No answers yet");
    button("Go to the first question").click();
    browser.waitForText("Page 1 of 8");
    assertThat(api.anonymous().get("api/survey/" + token).<Boolean>path("submitted"))
        .as("nothing was submitted")
        .isFalse();
  }

  private WebElement button(String text) {
    return browser.waitFor(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
  }

  @Test
  void aWrongLinkSaysSo() {
    browser.open("survey/not-a-token");
    browser.waitForText("This link does not work");
  }
}
