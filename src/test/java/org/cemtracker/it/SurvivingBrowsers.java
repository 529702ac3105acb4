package org.cemtracker.it;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two people of the cluster proof who must not notice a lost node: an administrator signed in
 * on a campaign's page, and a respondent who came through an open link and has answered part of the
 * first page. After a node is lost each reloads: the administrator signs in again and lands on the
 * same page; the respondent finds the same questionnaire with the answers given so far.
 */
final class SurvivingBrowsers implements AutoCloseable {

  private final Browser admin;
  private final Browser respondent;
  private final String campaignPath;
  private final String campaignName;
  private String answered;
  int signedInAgain;

  SurvivingBrowsers(String base, String campaignId, String campaignName) throws IOException {
    this.admin = new Browser(base, 1280, 800);
    this.respondent = new Browser(base, 1280, 800);
    this.campaignPath = "campaigns/" + campaignId;
    this.campaignName = campaignName;
  }

  /** Signs the administrator in on the campaign's page; the respondent starts and answers. */
  void begin(String openToken, String department) {
    admin.open(campaignPath);
    // the app sends the visitor to sign in, remembering where they were going
    admin.waitForUrl("/login");
    admin.waitFor(By.cssSelector("vaadin-login-form"));
    new LoginPage(admin).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    admin.waitForUrl(campaignPath);
    admin.waitForText(campaignName);

    answered = startFromOpenLink(respondent, openToken, department, "Staff");
  }

  /**
   * Through the open link: the department and the level (its label), Start, the first answer of
   * page 1 (the fourth level), seen saved. Returns the id of the question answered.
   */
  static String startFromOpenLink(
      Browser browser, String openToken, String department, String level) {
    browser.open("survey/open/" + openToken);
    WebElement path = browser.waitFor(By.cssSelector("vaadin-combo-box input"));
    path.sendKeys(department);
    // the list is filtered on the server: pick the department once it is offered
    // clicked by script: an overlay's opening or closing animation may cover it for a moment
    WebElement offered =
        browser.waitFor(
            By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + department + "']"));
    browser.driver.executeScript("arguments[0].click()", offered);
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d ->
                d.findElement(By.cssSelector("vaadin-combo-box")).getDomAttribute("opened")
                    == null);
    browser.waitFor(By.cssSelector("vaadin-select")).click();
    WebElement tier =
        browser.waitFor(By.xpath("//vaadin-select-item[contains(., '" + level + "')]"));
    browser.driver.executeScript("arguments[0].click()", tier);
    browser.waitFor(By.xpath("//vaadin-button[contains(., 'Start')]")).click();
    browser.waitFor(By.id("survey-start")).click();
    browser.waitForText("Page 1 of");
    WebElement group = browser.waitFor(By.cssSelector("vaadin-radio-group"));
    String question = group.getAttribute("id");
    group.findElements(By.cssSelector("vaadin-radio-button")).get(3).click();
    // saved as they go: the server has it once it has answered the click
    browser.waitForText("saved as you go: open the same link");
    return question;
  }

  /** The level the browser shows as chosen for the question, or null. */
  static String chosen(Browser browser, String questionId) {
    Object level =
        browser.driver.executeScript(
            "return document.getElementById(arguments[0]).value", questionId);
    return level == null ? null : level.toString();
  }

  /** The node each browser is on: the suffix of its session id. */
  Optional<String> adminNode() {
    return node(admin);
  }

  Optional<String> respondentNode() {
    return node(respondent);
  }

  private static Optional<String> node(Browser browser) {
    Cookie session = browser.driver.manage().getCookieNamed("CEMSESSION");
    if (session == null || session.getValue().lastIndexOf('.') < 0) {
      return Optional.empty();
    }
    return Optional.of(session.getValue().substring(session.getValue().lastIndexOf('.') + 1));
  }

  /** Extra reloads the administrator needed after a node was lost (0 when none). */
  int reloads;

  /** After a node was lost: both reload and carry on. Throws unless they do. */
  void carryOn(String when) throws IOException {
    // on a node that is still up the page comes back; on another one the administrator signs in.
    // For the seconds nginx still counts the other node as failed, a page can load without its
    // UI (its first call answered "No server can answer… try again"): the administrator reloads,
    // as a person would, at most five times; how often is reported
    for (int attempt = 0; ; attempt++) {
      admin.driver.navigate().refresh();
      try {
        new WebDriverWait(admin.driver, Duration.ofSeconds(attempt < 5 ? 12 : 60))
            .ignoring(WebDriverException.class)
            .until(
                d ->
                    !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty()
                        || d.findElement(By.tagName("body")).getText().contains(campaignName));
        break;
      } catch (TimeoutException notYet) {
        if (attempt >= 5) {
          throw notYet;
        }
        reloads++;
      }
    }
    if (!admin.driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty()) {
      signedInAgain++;
      admin.waitForUrl("/login");
      new LoginPage(admin).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    }
    admin.waitForUrl(campaignPath);
    admin.waitForText(campaignName);
    admin.screenshot("cluster-admin-" + when);

    try {
      respondent.driver.navigate().refresh();
      // a session that survived comes back on its page; one that was lost, at "Continue"
      new WebDriverWait(respondent.driver, Duration.ofSeconds(30))
          .ignoring(WebDriverException.class)
          .until(
              d -> {
                String body = d.findElement(By.tagName("body")).getText();
                return body.contains("Continue where you left off") || body.contains("Page ");
              });
      if (!respondent.driver.findElements(By.id("survey-start")).isEmpty()) {
        respondent.waitFor(By.id("survey-start")).click();
      }
      // it opens at the first page with a question unanswered: back to the one answered
      respondent.waitForText("Page ");
      for (int back = 0;
          back < 8 && respondent.driver.findElements(By.id(answered)).isEmpty();
          back++) {
        String page = respondent.waitFor(By.cssSelector(".survey-step")).getText();
        respondent.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Back']")).click();
        new WebDriverWait(respondent.driver, Duration.ofSeconds(20))
            .ignoring(WebDriverException.class)
            .until(d -> !d.findElement(By.cssSelector(".survey-step")).getText().equals(page));
      }
      respondent.waitFor(By.id(answered));
    } catch (TimeoutException lost) {
      respondent.screenshot("cluster-respondent-" + when + "-lost");
      throw new IllegalStateException(
          "the respondent's questionnaire did not come back "
              + when
              + ": "
              + respondent.driver.findElement(By.tagName("body")).getText(),
          lost);
    }
    String level = chosen(respondent, answered);
    respondent.screenshot("cluster-respondent-" + when);
    if (!"4".equals(level)) {
      throw new IllegalStateException(
          "the respondent's answer to "
              + answered
              + " was lost "
              + when
              + " (found "
              + level
              + ")");
    }
  }

  @Override
  public void close() {
    admin.close();
    respondent.close();
  }
}
