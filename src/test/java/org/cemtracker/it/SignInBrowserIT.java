package org.cemtracker.it;

import static io.restassured.RestAssured.given;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and out through the UI in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

  @ArquillianResource URL base;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser(base.toString(), 1366, 900);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void aVisitorIsSentToTheLoginPage() throws Exception {
    browser.open("admin");
    browser.waitForUrl("/login");
    browser.waitForText("Forgot your password?");
    browser.screenshot("login");
    assertThat(browser.driver.getTitle()).contains("Sign in");
  }

  @Test
  void aWrongPasswordShowsAnErrorAndKeepsTheVisitorOnTheLoginPage() throws Exception {
    Api.TestUser user = new Api(base).newUser(false);
    LoginPage login = LoginPage.open(browser);

    login.signIn(user.email(), "not-the-password");

    new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> login.showsError());
    browser.waitForText("Incorrect e-mail or password");
    browser.screenshot("login-error");
    assertThat(browser.driver.getCurrentUrl()).contains("/login");
  }

  @Test
  void anAdministratorSignsInSeesTheMainLayoutAndSignsOut() throws Exception {
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);

    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.waitFor(By.cssSelector("h1.page-title"));
    browser.waitForText("Portfolio");
    List<String> navigation =
        browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(navigation)
        .containsSubsequence(
            "Portfolio", "Organisations", "Campaigns", "Initiatives", "Models", "Admin");
    browser.screenshot("main-layout");

    browser.open("admin");
    browser.waitForText(Deployments.ADMIN_EMAIL);
    browser.screenshot("admin");

    Cookie session = browser.driver.manage().getCookieNamed("CEMSESSION");
    assertThat(session).isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    given()
        .baseUri(base.toString())
        .cookie(session.getName(), session.getValue())
        .get("api/me")
        .then()
        .statusCode(401);

    browser.waitFor(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
    browser.waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]")).click();
    browser.waitForUrl("/login");
    browser.waitForText("You have signed out.");
    browser.open("admin");
    browser.waitForUrl("/login");
  }

  @Test
  void aUserWhoseSessionWasLostSignsInAgainAndLandsWhereTheyWere() throws Exception {
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitForText("Portfolio");
    browser.open("admin");
    browser.waitForText(Deployments.ADMIN_EMAIL);

    // the node that held the session is gone: the browser's session id means nothing any more
    browser.driver.manage().deleteCookieNamed("CEMSESSION");
    browser.driver.navigate().refresh();
    browser.waitForUrl("/login");
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);

    browser.waitForUrl("/admin");
    browser.waitForText(Deployments.ADMIN_EMAIL);
  }

  @Test
  void aUserWhoIsNotAnAdministratorSeesNoAdminEntryAndCannotOpenIt() throws Exception {
    Api.TestUser user = new Api(base).newUser(false);
    LoginPage.open(browser).signIn(user.email(), user.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.waitForText("Portfolio");

    List<String> navigation =
        browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(navigation).contains("Portfolio").doesNotContain("Admin");

    browser.open("admin");
    browser.waitForText("Page not found");
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .doesNotContain(Deployments.ADMIN_EMAIL);
  }
}
