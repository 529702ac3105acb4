package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A consultant creates an organisation, imports its departments and launches a campaign. */
@ExtendWith(ArquillianExtension.class)
class ConsultantBrowserIT {

  @ArquillianResource URL base;
  private Browser browser;
  private Api.TestUser consultant;
  private String first;

  @BeforeEach
  void start() throws Exception {
    Api api = new Api(base);
    consultant = api.newUser(false);
    first =
        api.admin()
            .body(Map.of("name", "First client " + System.nanoTime()))
            .post("api/organisations")
            .path("id");
    api.admin()
        .body(Map.of("email", consultant.email(), "role", "CONSULTANT"))
        .post("api/organisations/" + first + "/members")
        .then()
        .statusCode(201);
    browser = new Browser(base.toString(), 1366, 1000);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  private void type(By field, String text) {
    WebElement input = browser.waitFor(field).findElement(By.cssSelector("input, textarea"));
    input.sendKeys(text);
  }

  private List<String> offeredRoles() {
    browser.waitFor(By.id("member-role")).click();
    // the items of the opened list (the field shows a copy of the chosen one)
    By offered = By.cssSelector("vaadin-select-list-box vaadin-select-item");
    browser.waitFor(offered);
    List<String> roles =
        browser.driver.findElements(offered).stream().map(WebElement::getText).toList();
    browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    return roles;
  }

  private long removeButtons() {
    return browser
        .driver
        .findElements(By.xpath("//vaadin-grid//vaadin-button[normalize-space(.)='Remove']"))
        .stream()
        // the grid keeps the cells of rows it no longer shows, hidden
        .filter(WebElement::isDisplayed)
        .count();
  }

  @Test
  void hrIsOfferedOnlyTheRolesItMayGrantAndCannotRemoveTheConsultantOrItself() throws Exception {
    Api api = new Api(base);
    Api.TestUser hr = api.newUser(false);
    api.admin()
        .body(Map.of("email", hr.email(), "role", "HR"))
        .post("api/organisations/" + first + "/members")
        .then()
        .statusCode(201);

    LoginPage.open(browser).signIn(hr.email(), hr.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("organisations/" + first);
    browser.waitFor(By.xpath("//vaadin-tab[contains(., 'People')]")).click();
    browser.waitForText(consultant.email());
    assertThat(offeredRoles()).containsExactly("Leader", "Department head", "HR");
    // the consultant's row and HR's own: nothing HR may take away
    assertThat(removeButtons()).isZero();
    browser.screenshot("members-as-hr");

    browser.driver.manage().deleteAllCookies();
    LoginPage.open(browser).signIn(consultant.email(), consultant.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("organisations/" + first);
    browser.waitFor(By.xpath("//vaadin-tab[contains(., 'People')]")).click();
    browser.waitForText(hr.email());
    assertThat(offeredRoles()).contains("Consultant");
    // HR's row only: not the consultant's own
    assertThat(removeButtons()).isEqualTo(1);
    // removing asks first, naming who; cancelled, HR stays; confirmed, HR is gone
    browser.waitFor(By.xpath("//vaadin-grid//vaadin-button[normalize-space(.)='Remove']")).click();
    assertThat(browser.dialogHeader("confirm-remove-member"))
        .isEqualTo("Remove " + hr.email() + "?");
    browser.dialogButton("cancel", "Cancel").click();
    assertThat(api.admin().get("api/organisations/" + first + "/members").asString())
        .contains(hr.email());
    browser.waitFor(By.xpath("//vaadin-grid//vaadin-button[normalize-space(.)='Remove']")).click();
    browser.dialogButton("confirm", "Remove").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(
            d ->
                !api.admin()
                    .get("api/organisations/" + first + "/members")
                    .asString()
                    .contains(hr.email()));
    new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> removeButtons() == 0);
  }

  @Test
  void fromANewOrganisationToAnOpenCampaignWithInvitationLinks() throws Exception {
    LoginPage.open(browser).signIn(consultant.email(), consultant.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("organisations");
    browser.waitFor(By.id("new-organisation")).click();
    String name = "Northwind " + System.nanoTime();
    type(By.id("organisation-name"), name);
    browser.waitFor(By.id("create-organisation")).click();
    browser.waitForText("No departments yet");

    type(
        By.id("department-csv"),
        "path,headcount,customerFacing\nSales,120,true\nOperations/Logistics,40,false\nLegal,6,false");
    browser.waitFor(By.id("import-departments")).click();
    browser.waitForText("4 departments · 166 people · 120 in customer-facing departments");
    browser.screenshot("organisation-departments");

    browser.waitFor(By.id("organisation-campaigns")).click();
    browser.waitFor(By.id("new-campaign")).click();
    type(By.id("campaign-name"), "Wave 1");
    browser.waitFor(By.id("create-campaign")).click();
    browser.waitForText("model cem-maturity v1.0.0");
    assertThat(browser.driver.findElement(By.id("open-management")).getAttribute("disabled"))
        .isNotNull();

    // opening a phase asks first (it freezes k and the tree); cancelled, nothing opens
    browser.waitFor(By.id("open-leadership")).click();
    assertThat(browser.dialogHeader("confirm-open-leadership"))
        .isEqualTo("Open the leadership phase?");
    browser.dialogButton("cancel", "Cancel").click();
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .doesNotContain("Open since");
    browser.waitFor(By.id("open-leadership")).click();
    browser.dialogButton("confirm", "Open phase").click();
    browser.waitForText("Open since");
    // the plan card comes first now: the invitation card is below the fold
    browser.openSelect("invite-department");
    browser.waitFor(By.xpath("//vaadin-select-item[contains(., 'Sales')]")).click();
    WebElement create = browser.waitFor(By.id("create-links"));
    browser.driver.executeScript("arguments[0].scrollIntoView()", create);
    create.click();
    browser.waitForText("5 invitation links");
    assertThat(browser.waitFor(By.id("download-links")).getAttribute("href")).isNotBlank();
    browser.screenshot("campaign-links");
    browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    browser.waitForText("Leadership: 0 responses · 5 invited");
    browser.screenshot("campaign");
  }

  @Test
  void theCommentThresholdIsSetBesideKAndNeverBelowIt() throws Exception {
    LoginPage.open(browser).signIn(consultant.email(), consultant.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("organisations/" + first);
    browser.waitForText("comment threshold c = 10");
    browser.waitFor(By.xpath("//vaadin-tab[contains(., 'Settings')]")).click();
    WebElement c = browser.waitFor(By.id("organisation-comment-threshold"));
    assertThat(browser.waitFor(By.id("thresholds-apply")).getText())
        .contains("apply to campaigns opened from now on");
    WebElement input = c.findElement(By.cssSelector("input"));
    input.clear();
    input.sendKeys("4", Keys.TAB);
    browser.waitFor(By.id("save-settings")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d -> String.valueOf(c.getDomProperty("errorMessage")).contains("anonymity threshold"));
    assertThat(c.getDomProperty("errorMessage")).contains("from the anonymity threshold (5)");
    assertThat(c.getAttribute("invalid")).isNotNull();
    input.clear();
    input.sendKeys("12", Keys.TAB);
    browser.waitFor(By.id("save-settings")).click();
    browser.waitForText("comment threshold c = 12");
    browser.screenshot("organisation-settings");
  }

  @Test
  void aLeaderIsOfferedNoActionOnlyConsultantsMayTake() throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Leader's view " + System.nanoTime(),
            3,
            "path,headcount,customerFacing\nSales,10,true\n");
    String campaign = api.campaign(orgId, "cem-pulse", "Wave", "LEADERSHIP");
    Api.TestUser leader = api.member(orgId, "LEADER");
    LoginPage.open(browser).signIn(leader.email(), leader.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));

    browser.open("campaigns/" + campaign);
    browser.waitFor(By.id("run-by-consultants"));
    assertThat(browser.driver.findElements(By.id("close-campaign"))).isEmpty();
    assertThat(browser.driver.findElements(By.id("open-management"))).isEmpty();
    assertThat(browser.driver.findElements(By.id("invite-department"))).isEmpty();
    browser.screenshot("campaign-as-leader");
    browser.open("campaigns");
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.waitForText("Wave");
    assertThat(browser.driver.findElements(By.id("new-campaign"))).isEmpty();

    browser.open("organisations/" + orgId);
    browser.waitFor(By.id("departments-read-only"));
    assertThat(browser.driver.findElements(By.id("import-departments"))).isEmpty();
    browser.waitFor(By.xpath("//vaadin-tab[contains(., 'Settings')]")).click();
    browser.waitFor(By.id("settings-read-only"));
    assertThat(browser.driver.findElements(By.id("save-settings"))).isEmpty();
    assertThat(
            browser.driver.findElement(By.id("organisation-threshold")).getDomProperty("readonly"))
        .isEqualTo("true");
  }

  @Test
  void anotherTenantsOrganisationAndCampaignPagesAreNotFound() {
    Api api = new Api(base);
    String other =
        api.admin()
            .body(Map.of("name", "Not yours " + System.nanoTime()))
            .post("api/organisations")
            .path("id");
    String campaign =
        api.admin()
            .body(Map.of("modelId", "cem-pulse", "name", "Secret wave"))
            .post("api/organisations/" + other + "/campaigns")
            .path("id");
    String initiative =
        api.admin()
            .body(Map.of("title", "Secret plan"))
            .post("api/organisations/" + other + "/initiatives")
            .path("id");
    LoginPage.open(browser).signIn(consultant.email(), consultant.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));

    browser.open("organisations/" + other);
    browser.waitForText("Page not found");
    browser.open("campaigns/" + campaign);
    browser.waitForText("Page not found");
    browser.open("initiatives/" + initiative);
    browser.waitForText("Page not found");
    browser.open("initiatives/no-such-initiative");
    browser.waitForText("Page not found");
    // the lists filtered to another tenant's organisation are not found either
    for (String list : List.of("initiatives?org=", "campaigns?org=", "audit?org=")) {
      browser.open(list + other);
      browser.waitForText("Page not found");
    }
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .doesNotContain("Not yours")
        .doesNotContain("Secret wave")
        .doesNotContain("Secret plan")
        .doesNotContain("Something went wrong");
  }
}
