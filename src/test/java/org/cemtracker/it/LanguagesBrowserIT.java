package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17 in the browser: signing in through a real OpenID Connect provider (started by {@link
 * Deployments}), the app switched to German and kept so with the account, and a respondent who
 * answers in French with results equal to those of the same answers given in English.
 */
@ExtendWith(ArquillianExtension.class)
class LanguagesBrowserIT {

  @ArquillianResource URL base;
  private Api api;

  @BeforeEach
  void start() {
    api = new Api(base);
  }

  /** Through the provider's own login page: any subject, the e-mail as a claim. */
  private static void signInThroughTheProvider(Browser browser, String email, String name) {
    browser.open("login");
    browser.waitFor(By.id("sso-sign-in")).click();
    WebElement subject = browser.waitFor(By.name("username"));
    assertThat(browser.driver.getCurrentUrl()).startsWith("http://localhost:42580/cem/authorize");
    subject.sendKeys(name.toLowerCase().replace(' ', '.'));
    browser
        .driver
        .findElement(By.name("claims"))
        .sendKeys(
            "{\"email\": \"" + email + "\", \"email_verified\": true, \"name\": \"" + name + "\"}");
    browser.driver.findElement(By.cssSelector("input[type=submit]")).click();
  }

  @Test
  void aPersonSignsInThroughTheIdentityProviderAndKeepsTheAppInGerman() throws Exception {
    String email = "ana." + System.nanoTime() + "@sso.example";
    try (Browser browser = new Browser(base.toString(), 1280, 900)) {
      signInThroughTheProvider(browser, email, "Ana Example");
      browser.waitFor(By.id("user-menu"));
      assertThat(browser.waitFor(By.cssSelector(".user-name")).getText()).isEqualTo("Ana Example");
      // the account was made at the first sign-in, for the configured domain, with no password
      List<String> emails = api.admin().get("api/users").jsonPath().getList("email");
      assertThat(emails).contains(email);
      api.anonymous().auth().preemptive().basic(email, "none").get("api/me").then().statusCode(401);

      browser.open("account");
      browser.waitForText("My account");
      browser.openSelect("account-language");
      browser.waitFor(By.xpath("//vaadin-select-item[contains(., 'Deutsch')]")).click();
      browser.waitForText("Mein Konto");
      assertThat(browser.waitFor(By.cssSelector(".main-nav")).getText()).contains("Organisationen");
      browser.screenshot("account-in-german");
    }
    // the choice is the account's: another browser, signed in afresh, is in German too
    try (Browser other = new Browser(base.toString(), 1280, 900)) {
      signInThroughTheProvider(other, email, "Ana Example");
      other.waitFor(By.id("user-menu"));
      other.open("account");
      other.waitForText("Mein Konto");
      assertThat(other.waitFor(By.cssSelector(".main-nav")).getText()).contains("Kampagnen");
    }
  }

  @Test
  void anAddressWithoutAnAccountOutsideTheDomainIsToldSoOnTheLoginPage() throws Exception {
    try (Browser browser = new Browser(base.toString(), 1280, 900)) {
      signInThroughTheProvider(browser, "mallory@elsewhere.example", "Mallory");
      browser.waitForText(
          "Single sign-on did not work: there is no account here for the e-mail address");
      assertThat(browser.driver.getCurrentUrl()).contains("/login");
      assertThat(api.admin().get("api/users").jsonPath().getList("email", String.class))
          .doesNotContain("mallory@elsewhere.example");
    }
  }

  /**
   * A callback this browser did not start (a forged or replayed link, which would sign the victim
   * in as the attacker) signs no one in: it goes back to the login page saying so.
   */
  @Test
  void aCallbackThatThisBrowserDidNotStartSignsNoOneIn() {
    Response forged =
        api.anonymous()
            .redirects()
            .follow(false)
            .queryParam("code", "stolen-code")
            .queryParam("state", "forged-state")
            .get("sso/callback");
    assertThat(forged.statusCode()).isEqualTo(302);
    assertThat(forged.header("Location")).endsWith("/login?sso-error=NOT_STARTED");
    assertThat(forged.cookies()).doesNotContainKey("JSESSIONID");
  }

  private static final Map<String, Integer> LEVELS =
      Map.of("lead-1", 4, "reach-1", 2, "jour-1", 5, "meas-1", 3);

  @Test
  void aRespondentAnswersInFrenchAndTheResultsEqualThoseOfTheSameAnswersInEnglish()
      throws Exception {
    String org = api.organisation("Languages " + System.nanoTime(), 3, OrganisationApiIT.CSV);
    String french = api.campaign(org, "cem-pulse", "Wave in French", "LEADERSHIP");
    String english = api.campaign(org, "cem-pulse", "Wave in English", "LEADERSHIP");
    List<String> tokens = api.invite(french, "Sales", "LEADERSHIP", 3);
    JsonPath inFrench =
        api.anonymous().queryParam("language", "fr").get("api/survey/" + tokens.get(0)).jsonPath();
    String firstQuestion = inFrench.getString("sections[0].questions[0].text");
    String firstId = inFrench.getString("sections[0].questions[0].id");
    assertThat(inFrench.getString("language")).isEqualTo("fr");
    assertThat(inFrench.getList("languages")).containsExactly("en", "de", "fr");
    try (Browser browser = new Browser(base.toString(), 1280, 900)) {
      for (int r = 0; r < tokens.size(); r++) {
        browser.open("survey/" + tokens.get(r));
        if (r == 0) {
          browser.waitForText("Your answers are anonymous.");
          browser.openSelect("survey-language");
          browser.waitFor(By.xpath("//vaadin-select-item[contains(., 'Français')]")).click();
        }
        // chosen once, the language stays for the browser's session
        browser.waitForText("Vos réponses sont anonymes.");
        browser.waitFor(By.id("survey-start")).click();
        // the question as the French translation has it, exactly
        assertThat(browser.waitFor(By.id("q-" + firstId)).getDomProperty("label"))
            .isEqualTo(firstQuestion);
        if (r == 0) {
          browser.screenshot("survey-in-french");
        }
        answerEveryPage(browser, r);
        browser.waitForText("Merci — vos réponses sont enregistrées");
      }
    }
    for (int r = 0; r < 3; r++) {
      api.respond(english, "Sales", "LEADERSHIP", answersOf(r));
    }
    api.close(french);
    api.close(english);
    JsonPath a = api.admin().get("api/campaigns/" + french + "/results").jsonPath();
    JsonPath b = api.admin().get("api/campaigns/" + english + "/results").jsonPath();
    assertThat(a.getInt("responses")).isEqualTo(3);
    assertThat(a.getDouble("cemIndex")).isEqualTo(b.getDouble("cemIndex"));
    assertThat(a.getList("dimensions")).isEqualTo(b.getList("dimensions"));
    assertThat(a.getString("stage.number")).isEqualTo(b.getString("stage.number"));
  }

  /** Respondent r's levels: each question's level, shifted by r within the scale. */
  private static Map<String, Integer> answersOf(int r) {
    return Map.of(
        "lead-1", 1 + (LEVELS.get("lead-1") + r) % 5,
        "reach-1", 1 + (LEVELS.get("reach-1") + r) % 5,
        "jour-1", 1 + (LEVELS.get("jour-1") + r) % 5,
        "meas-1", 1 + (LEVELS.get("meas-1") + r) % 5);
  }

  private static void answerEveryPage(Browser browser, int r) {
    Map<String, Integer> levels = answersOf(r);
    while (true) {
      browser.waitFor(By.cssSelector("vaadin-radio-group"));
      for (WebElement group : browser.driver.findElements(By.cssSelector("vaadin-radio-group"))) {
        String question = group.getAttribute("id").substring(2);
        group
            .findElements(By.cssSelector("vaadin-radio-button"))
            .get(levels.get(question) - 1)
            .click();
      }
      if (!browser.driver.findElements(By.id("survey-submit")).isEmpty()) {
        browser.driver.findElement(By.id("survey-submit")).click();
        return;
      }
      String page = browser.waitFor(By.cssSelector(".survey-step")).getText();
      browser.driver.findElement(By.id("survey-next")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(20))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> !d.findElement(By.cssSelector(".survey-step")).getText().equals(page));
    }
  }
}
