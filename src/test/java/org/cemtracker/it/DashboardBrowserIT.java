package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The results dashboard of a seeded organisation renders all its charts and drills into a
 * department.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

  static final List<String> STAFF_QUESTIONS =
      List.of("lead-5", "reach-2", "cust-2", "jour-3", "brand-2", "plat-3", "intf-3", "meas-3");
  static final List<String> LEADER_QUESTIONS = List.of("lead-1", "reach-1", "jour-1", "meas-1");

  @ArquillianResource URL base;
  private Browser browser;
  private String secondWave;
  private String organisation;
  private String organisationId;

  @BeforeEach
  void seed() throws Exception {
    Api api = new Api(base);
    organisation = "Dashboard org " + System.nanoTime();
    String orgId =
        api.organisation(
            organisation,
            3,
            "path,headcount,customerFacing\nSales,120,true\nService,40,true\nFinance,20,false\nIT,30,false\nLegal,5,false\n");
    organisationId = orgId;
    wave(api, orgId, "Wave 1", 0);
    secondWave = wave(api, orgId, "Wave 2", 1);
    browser = new Browser(base.toString(), 1366, 1000);
  }

  private String wave(Api api, String orgId, String name, int lift) {
    String id = api.campaign(orgId, "cem-pulse", name, "LEADERSHIP", "MANAGEMENT", "STAFF");
    Map<String, Integer> levels =
        Map.of("Sales", 4, "Service", 3, "Finance", 2, "IT", 2, "Legal", 1);
    levels.forEach(
        (department, level) -> {
          int responses = department.equals("Legal") ? 1 : 4;
          for (int i = 0; i < responses; i++) {
            submit(
                api, id, department, "STAFF", STAFF_QUESTIONS, Math.min(5, level + lift + (i % 2)));
          }
        });
    for (int i = 0; i < 3; i++) {
      submit(api, id, "Sales", "LEADERSHIP", LEADER_QUESTIONS, 5);
    }
    api.close(id);
    return id;
  }

  private void submit(
      Api api,
      String campaignId,
      String department,
      String tier,
      List<String> questions,
      int level) {
    Map<String, Object> answers = new HashMap<>();
    questions.forEach(q -> answers.put(q, level));
    api.respond(campaignId, department, tier, answers);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theDashboardShowsEveryChartHidesSmallGroupsAndDrillsDown() throws Exception {
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.waitForText(organisation);
    browser.waitFor(By.cssSelector(".portfolio-card .sparkline[data-rendered] canvas"));
    browser.screenshot("portfolio");
    browser.open("campaigns/" + secondWave + "/results");
    browser.waitForText("Where the organisation stands");
    for (String chart :
        List.of("radar-chart", "department-chart", "heatmap-chart", "trend-chart")) {
      browser.waitFor(By.cssSelector("#" + chart + "[data-rendered] canvas"));
    }
    browser.waitForText("Change since the previous wave");
    String page = browser.driver.findElement(By.tagName("body")).getText();
    assertThat(page).contains("% of all people").contains("Instrument quality");
    // Legal's one response is withheld: the one withheld figure says fewer than k, not 1
    assertThat(browser.driver.findElement(By.id("withheld")).getText())
        .startsWith("Fewer than 3 responses are in groups too small to show");
    // Legal's row shows no count, rate or score, only that it is hidden
    assertThat(departmentRow("Legal"))
        .containsExactly("Legal", "5", "back office", "hidden", "—", "hidden");
    assertThat(departmentRow("Sales").get(3)).isEqualTo("7");
    // and the heatmap draws no cell in Legal's row, the bar chart no bar for Legal
    assertThat(heatmapCellsInRow("Legal (hidden)")).isZero();
    assertThat(heatmapCellsInRow("Sales")).isPositive();
    assertThat(
            (String)
                browser.driver.executeScript(
                    "return JSON.stringify(echarts.getInstanceByDom("
                        + "document.querySelector('#department-chart')).getOption().yAxis[0].data)"))
        .doesNotContain("Legal")
        .contains("Sales");
    browser.screenshot("dashboard");

    // the departments sort by score, lowest first; the hidden one, with no score, goes last
    WebElement byScore =
        browser.driver.findElement(
            By.xpath("//vaadin-grid[@id='department-results']//vaadin-grid-sorter[.='Score']"));
    browser.driver.executeScript("arguments[0].click();", byScore);
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(d -> departmentOrder().indexOf("Legal") == departmentOrder().size() - 1);
    List<String> order = departmentOrder();
    assertThat(order).endsWith("Service", "Sales", "Legal");
    assertThat(order.get(0)).isIn("Finance", "IT");

    org.openqa.selenium.WebElement sales =
        browser.driver.findElement(
            By.xpath(
                "//vaadin-grid[@id='department-results']//vaadin-grid-cell-content[text()='Sales']"));
    // the grid scrolls inside the layout, not the window: click through the DOM
    browser.driver.executeScript("arguments[0].click();", sales);
    browser.waitFor(By.cssSelector("#drill-down-chart[data-rendered] canvas"));
    browser.screenshot("dashboard-drill-down");
  }

  @Test
  void aConsultantRatesBesideTheOwnScoresAndTheLeadersReadItOncePublished() throws Exception {
    Api api = new Api(base);
    JsonPath draft = api.admin().get("api/campaigns/" + secondWave + "/review").jsonPath();
    String dimension = draft.getString("dimensions[0].id");
    double own = draft.getDouble("dimensions[0].ownScore");
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + secondWave + "/results");
    assertThat(browser.waitFor(By.id("review-status")).getText()).startsWith("A draft");
    inView(By.id("rate-" + dimension)).click();
    browser.openSelect("rating-level");
    browser
        .waitFor(
            By.xpath(
                "//vaadin-select-list-box//vaadin-select-item"
                    + "[starts-with(normalize-space(.), '2 ')]"))
        .click();
    browser
        .waitFor(By.cssSelector("#rating-note textarea"))
        .sendKeys("Interviews with six managers: CX is one team's job.");
    browser
        .waitFor(By.cssSelector("#rating-links textarea"))
        .sendKeys("CX charter | https://intranet.example.org/cx-charter.pdf");
    browser.waitFor(By.id("save-rating")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(d -> d.findElement(By.id("review-" + dimension)).getText().contains("six managers"));
    String row = browser.driver.findElement(By.id("review-" + dimension)).getText();
    // level 2 of 5 is 25 points; the gap is the rating less the organisation's own score
    assertThat(row).contains("25.0").contains(gap(25 - own)).contains("Rated by");
    inView(By.id("publish-review")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(d -> d.findElement(By.id("review-status")).getText().startsWith("Published"));
    browser.close();

    // leaders read results once they are published
    api.admin().post("api/campaigns/" + secondWave + "/publish").then().statusCode(200);
    Api.TestUser leader = api.member(organisationId, "LEADER");
    browser = new Browser(base.toString(), 1366, 1000);
    LoginPage.open(browser).signIn(leader.email(), leader.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + secondWave + "/results");
    WebElement seen = inView(By.id("review-" + dimension));
    assertThat(seen.getText()).contains("six managers").contains(gap(25 - own));
    WebElement link = seen.findElement(By.tagName("a"));
    assertThat(link.getAttribute("href")).isEqualTo("https://intranet.example.org/cx-charter.pdf");
    assertThat(link.getAttribute("rel")).contains("noopener");
    browser.waitFor(By.cssSelector("#review-chart[data-rendered] canvas"));
    assertThat(browser.driver.findElements(By.id("rate-" + dimension))).isEmpty();
    assertThat(browser.driver.findElements(By.id("withdraw-review"))).isEmpty();
    browser.screenshot("consultant-review");
  }

  /**
   * The element once it is on the page, scrolled into view (the dashboard scrolls inside the
   * layout: an element scrolled out of it does not count as visible).
   */
  private WebElement inView(By locator) {
    WebElement element =
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(locator));
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return browser.waitFor(locator);
  }

  /** A gap as the card writes it: signed, one decimal, with a true minus sign, in points. */
  private static String gap(double gap) {
    return String.format(Locale.ENGLISH, "%+.1f", gap).replace('-', '−') + " pts";
  }

  @Test
  void anOpenCampaignShowsItsCountsAndWhenResultsCome() throws Exception {
    Api api = new Api(base);
    String pulse = api.demoPulse();
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + pulse + "/results");
    assertThat(browser.waitFor(By.id("not-released")).getText())
        .isEqualTo("Results are released when the campaign closes.");
    String page = browser.driver.findElement(By.tagName("body")).getText();
    assertThat(page).contains("Staff: ").doesNotContain("Where the organisation stands");
    assertThat(browser.driver.findElements(By.id("heatmap-chart"))).isEmpty();
    browser.screenshot("dashboard-open-campaign");

    browser.open("campaigns/" + pulse);
    assertThat(browser.waitFor(By.id("release-note")).getText())
        .startsWith("Results are released when the campaign closes");
    // Legal's one pulse response is in a group too small to show: one withheld figure says so
    assertThat(browser.waitFor(By.id("withheld")).getText())
        .matches("(Fewer than 5|[0-9]+) responses are in groups too small to show.*");
    browser.screenshot("campaign-open-counts");
  }

  @Test
  void aConsultantPreparesAndDownloadsTheBoardReport() throws Exception {
    Api api = new Api(base);
    String latest =
        api.admin()
            .get("api/organisations/" + api.demoOrganisation() + "/trend")
            .path("[1].campaignId");
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + latest + "/report");
    browser.waitForText("board report");
    browser.waitFor(By.id("prepare-report")).click();
    WebElement link = browser.waitFor(By.id("report-link"));
    assertThat(link.getText()).startsWith("Download board-report-").endsWith("-A4.pdf");
    assertThat(link.getAttribute("href")).isNotBlank();
    assertThat(browser.driver.findElement(By.id("report-download")).getText()).contains("KB, PDF");
    browser.screenshot("board-report-view");
  }

  /** The texts of a department's row in the departments grid, column by column. */
  @SuppressWarnings("unchecked")
  private List<String> departmentRow(String path) {
    List<String> cells =
        (List<String>)
            browser.driver.executeScript(
                "return Array.from(document.querySelectorAll("
                    + "'#department-results vaadin-grid-cell-content')).map(c => c.textContent.trim())");
    int columns = 6;
    // the first row of cell contents is the header
    for (int i = columns; i + columns <= cells.size(); i += columns) {
      if (cells.get(i).equals(path)) {
        return cells.subList(i, i + columns);
      }
    }
    throw new AssertionError(path + " is not in the departments grid: " + cells);
  }

  /** The departments grid's first column, in the order the rows are shown. */
  @SuppressWarnings("unchecked")
  private List<String> departmentOrder() {
    return (List<String>)
        browser.driver.executeScript(
            "const g = document.querySelector('#department-results');"
                + " return [...g.shadowRoot.querySelectorAll('#items tr')]"
                + "  .filter(r => !r.hidden).sort((a, b) => a.index - b.index)"
                + "  .map(r => g.querySelector('vaadin-grid-cell-content[slot=\"'"
                + "    + r.querySelector('td slot').name + '\"]').textContent.trim());");
  }

  @SuppressWarnings("unchecked")
  private List<String> visualMapLabels() {
    return (List<String>)
        browser.driver.executeScript(
            "return echarts.getInstanceByDom(document.querySelector('#heatmap-chart'))"
                + ".getOption().visualMap[0].pieces.map(p => p.label);");
  }

  private double heatmapCell(String label, int column) {
    return ((Number)
            browser.driver.executeScript(
                "const o = echarts.getInstanceByDom(document.querySelector('#heatmap-chart')).getOption();"
                    + " const row = o.yAxis[0].data.indexOf(arguments[0]);"
                    + " return o.series[0].data.find(c => c[1] === row && c[0] === arguments[1])[2];",
                label,
                column))
        .doubleValue();
  }

  private long heatmapCellsInRow(String label) {
    return (Long)
        browser.driver.executeScript(
            "const o = echarts.getInstanceByDom(document.querySelector('#heatmap-chart')).getOption();"
                + " const row = o.yAxis[0].data.indexOf(arguments[0]);"
                + " if (row < 0) { throw new Error('no heatmap row ' + arguments[0]); }"
                + " return o.series[0].data.filter(c => c[1] === row).length;",
            label);
  }

  @Test
  void aLeaderReadsEachQuestionForTheOrganisationAndThenForOneDepartment() throws Exception {
    Api api = new Api(base);
    JsonPath organisation = api.questions(secondWave, null);
    JsonPath sales =
        api.questions(
            secondWave, organisation.getString("groups.find { it.label == 'Sales' }.key"));
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + secondWave + "/results");
    By bar = By.cssSelector(".question-row[data-question='lead-5'] .level-bar");
    browser.driver.executeScript(
        "arguments[0].scrollIntoView()", browser.waitFor(By.cssSelector(".questions-panel")));
    String shown = browser.waitFor(bar).getAttribute("aria-label");
    assertThat(shown).isEqualTo(said(organisation, "lead-5"));
    // Legal's lone answer (level 2) is withheld: nobody else in the organisation answered below 3
    assertThat(shown).startsWith("Answers: level 1: 0, level 2: 0, level 3:");
    assertThat(rowText("lead-5"))
        .contains("Favourable " + percent(organisation, "lead-5", "favourable", "answered"))
        .contains("Don't know " + percent(organisation, "lead-5", "dontKnow", "asked"));
    browser.screenshot("dashboard-questions");

    browser.openSelect("dashboard-group");
    List<String> offered =
        browser
            .driver
            .findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(offered).contains("Sales (7 responses)", "Staff tier (16 responses)");
    assertThat(offered).noneMatch(label -> label.startsWith("Legal"));
    browser
        .driver
        .findElement(
            By.xpath(
                "//vaadin-select-list-box//vaadin-select-item[normalize-space(.)='Sales (7 responses)']"))
        .click();
    // the whole dashboard is drawn anew for the group picked, its key in the address
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("group=department"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> said(sales, "lead-5").equals(d.findElement(bar).getAttribute("aria-label")));
    assertThat(said(sales, "lead-5")).isNotEqualTo(said(organisation, "lead-5"));
    browser.screenshot("dashboard-questions-sales");
  }

  private static String question(String id) {
    return "dimensions.questions.flatten().find { it.id == '" + id + "' }";
  }

  /** What the bar of a question says to a screen reader, from the API's distribution. */
  private static String said(JsonPath figures, String id) {
    List<Integer> counts = figures.getList(question(id) + ".distribution", Integer.class);
    StringBuilder said = new StringBuilder("Answers: ");
    for (int i = 0; i < counts.size(); i++) {
      said.append(i == 0 ? "" : ", ")
          .append("level ")
          .append(i + 1)
          .append(": ")
          .append(counts.get(i));
    }
    return said.toString();
  }

  private static String percent(JsonPath figures, String id, String part, String whole) {
    double share =
        100.0
            * figures.getInt(question(id) + "." + part)
            / figures.getInt(question(id) + "." + whole);
    return String.format(Locale.ENGLISH, "%.0f %%", share);
  }

  private String rowText(String questionId) {
    return browser
        .driver
        .findElement(By.cssSelector(".question-row[data-question='" + questionId + "']"))
        .getText();
  }

  @Test
  void aLeaderFiltersTheLatestWaveToADivisionSeesWhatPullsItDownAndComparesWithTheWaveBefore()
      throws Exception {
    Api api = new Api(base);
    String orgId =
        api.organisation(
            "Division org " + System.nanoTime(),
            3,
            "path,headcount,customerFacing\nBoard,5,false\nOps,0,false\nOps/North,10,false\n"
                + "Ops/South,20,false\nSales,10,true\n");
    String before = "Spring wave";
    divisionWave(api, orgId, before, 0);
    String latest = divisionWave(api, orgId, "Autumn wave", 1);
    String key =
        api.questions(latest, null).getString("groups.find { it.label == 'Ops and below' }.key");
    JsonPath ops = api.questions(latest, key);
    assertThat(ops.getString("previousCampaign.name")).isEqualTo(before);
    Api.TestUser leader = api.member(orgId, "LEADER");
    LoginPage.open(browser).signIn(leader.email(), leader.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + latest + "/results");
    browser.openSelect("dashboard-group");
    String label = "Ops and below (" + ops.getInt("group.responses") + " responses)";
    browser
        .waitFor(
            By.xpath(
                "//vaadin-select-list-box//vaadin-select-item[normalize-space(.)='" + label + "']"))
        .click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("group=" + key.replace(":", "%3A")));
    browser.waitForText("In focus: Ops and below");
    browser.driver.executeScript(
        "arguments[0].scrollIntoView()", browser.waitFor(By.id("dashboard-group")));
    browser.screenshot("dashboard-division-compare");

    // each dimension beside the organisation and beside the same division in the wave before
    List<String> shown =
        browser
            .driver
            .findElements(By.cssSelector("#focus-comparison vaadin-grid-cell-content"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .contains("the same group's in “" + before + "”");
    for (int d = 0; d < ops.getList("dimensions").size(); d++) {
      String at = "dimensions[" + d + "].";
      assertThat(shown)
          .as(ops.getString(at + "name"))
          .contains(
              ops.getString(at + "name"),
              one(ops.getDouble(at + "score")),
              one(ops.getDouble(at + "organisation")),
              signedOne(ops.getDouble(at + "difference")),
              one(ops.getDouble(at + "previous")),
              signedOne(ops.getDouble(at + "change")));
    }
    // the departments shown are the division's, with their change since the wave before
    List<String> departments =
        browser
            .driver
            .findElements(By.cssSelector("#department-deltas vaadin-grid-cell-content"))
            .stream()
            .map(WebElement::getText)
            .filter(t -> t.startsWith("Ops") || t.equals("Sales") || t.equals("Board"))
            .toList();
    assertThat(departments).containsExactlyInAnyOrder("Ops/North", "Ops/South");

    // the questions that pull the weakest dimension down come first, with their change
    int weakest = 0;
    for (int d = 1; d < ops.getList("dimensions").size(); d++) {
      if (ops.getDouble("dimensions[" + d + "].score")
          < ops.getDouble("dimensions[" + weakest + "].score")) {
        weakest = d;
      }
    }
    List<Map<String, Object>> questions = ops.getList("dimensions[" + weakest + "].questions");
    Map<String, Object> lowest =
        questions.stream()
            .min((a, b) -> Double.compare(number(a, "score"), number(b, "score")))
            .orElseThrow();
    WebElement dimension =
        browser.driver.findElement(
            By.xpath(
                "//div[contains(@class,'question-dimension')][h4[starts-with(normalize-space(.),'"
                    + ops.getString("dimensions[" + weakest + "].name")
                    + "')]]"));
    browser.driver.executeScript("arguments[0].scrollIntoView()", dimension);
    WebElement first = dimension.findElement(By.cssSelector(".question-row"));
    assertThat(first.getAttribute("data-question")).isEqualTo(lowest.get("id"));
    assertThat(first.findElement(By.cssSelector(".question-change")).getText())
        .isEqualTo(
            signedOne(number(lowest, "change"))
                + " since “"
                + before
                + "” (was "
                + one(number(lowest, "previousMean"))
                + ")");
    browser.screenshot("dashboard-division-focus");
  }

  /**
   * A wave of the division org: the board's leaders, and staff in Ops' two departments and Sales,
   * each question at its own level (so that questions differ), a level higher in the later wave.
   */
  private String divisionWave(Api api, String orgId, String name, int lift) {
    String id = api.campaign(orgId, "cem-pulse", name, "LEADERSHIP", "MANAGEMENT", "STAFF");
    Map<String, Integer> levels = Map.of("Ops/North", 2, "Ops/South", 1, "Sales", 3);
    levels.forEach(
        (department, level) -> {
          for (int i = 0; i < 4; i++) {
            Map<String, Object> answers = new HashMap<>();
            for (int q = 0; q < STAFF_QUESTIONS.size(); q++) {
              answers.put(STAFF_QUESTIONS.get(q), Math.min(5, level + lift * (q % 2) + q % 3));
            }
            api.respond(id, department, "STAFF", answers);
          }
        });
    for (int i = 0; i < 4; i++) {
      submit(api, id, "Board", "LEADERSHIP", LEADER_QUESTIONS, 4);
    }
    api.close(id);
    api.publish(id);
    return id;
  }

  private static double number(Map<String, Object> figures, String name) {
    return ((Number) figures.get(name)).doubleValue();
  }

  private static String one(double value) {
    return String.format(Locale.ENGLISH, "%.1f", value);
  }

  private static String signedOne(double value) {
    return String.format(Locale.ENGLISH, "%+.1f", value);
  }

  @Test
  void aLeaderSharesASummaryThatAnyoneOpensWithoutSigningIn() throws Exception {
    Api api = new Api(base);
    api.publish(secondWave);
    JsonPath results = api.admin().get("api/campaigns/" + secondWave + "/results").jsonPath();
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + secondWave + "/results");
    browser.waitFor(By.id("share-summary")).click();
    browser.waitFor(By.id("create-summary-link")).click();
    WebElement field = browser.waitFor(By.cssSelector("#summary-link input"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> field.getDomProperty("value").contains("/summary/"));
    String link = field.getDomProperty("value");
    browser.screenshot("dashboard-share-summary");

    try (Browser anyone = new Browser(base.toString(), 1366, 1000)) {
      anyone.driver.get(link);
      String index = anyone.waitFor(By.id("summary-index")).getText();
      assertThat(index)
          .startsWith(String.format(Locale.ENGLISH, "%.1f", results.getDouble("cemIndex")));
      String page = anyone.driver.findElement(By.tagName("body")).getText();
      assertThat(page)
          .contains(organisation + " — Wave 2")
          .doesNotContain("Sales", "Finance", "Legal");
      assertThat(
              anyone.driver.findElements(By.cssSelector("#summary-dimensions .summary-dimension")))
          .hasSize(results.getList("dimensions").size());
      anyone.screenshot("shared-summary");

      // once sharing stops, the same link shows nothing
      browser.driver.findElement(By.id("stop-summary-link")).click();
      browser.waitForText("The summary is no longer shared");
      anyone.driver.navigate().refresh();
      anyone.waitForText("This summary is not shared");
      assertThat(anyone.driver.findElements(By.id("summary-index"))).isEmpty();
    }
  }

  @Test
  void aDepartmentHeadSeesTheOrganisationAndTheirOwnDepartmentOnly() throws Exception {
    Api api = new Api(base);
    String orgId = api.admin().get("api/campaigns/" + secondWave).path("orgId");
    api.publish(secondWave);
    Api.TestUser head = api.member(orgId, "DEPARTMENT_HEAD", "Sales");
    LoginPage.open(browser).signIn(head.email(), head.password());
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + secondWave + "/results");
    browser.waitFor(By.id("department-results"));
    List<String> rows =
        browser
            .driver
            .findElements(By.cssSelector("#department-results vaadin-grid-cell-content"))
            .stream()
            .map(WebElement::getText)
            .filter(t -> List.of("Sales", "Service", "Finance", "IT", "Legal").contains(t))
            .toList();
    assertThat(rows).containsExactly("Sales");
    browser.openSelect("dashboard-group");
    List<String> offered =
        browser
            .driver
            .findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(offered).anyMatch(l -> l.startsWith("Whole organisation"));
    assertThat(offered).anyMatch(l -> l.startsWith("Sales"));
    assertThat(offered)
        .noneMatch(
            l -> l.startsWith("Service") || l.startsWith("Finance") || l.startsWith("Customer"));
    // nor may they share the organisation's summary: that is a leader's call
    assertThat(browser.driver.findElements(By.id("share-summary"))).isEmpty();
  }

  @Test
  void theDemoOrganisationsDashboardIsFull() throws Exception {
    Api api = new Api(base);
    String orgId = api.demoOrganisation();
    String latest = api.admin().get("api/organisations/" + orgId + "/trend").path("[1].campaignId");
    LoginPage.open(browser).signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector("vaadin-app-layout"));
    browser.open("campaigns/" + latest + "/results");
    browser.waitFor(By.cssSelector("#heatmap-chart[data-rendered] canvas"));
    browser.waitFor(By.id("instrument-quality"));
    browser.waitForText("The index lies in the Managed CEM band, but reach is");
    browser.screenshot("dashboard-demo");
    assertThat(browser.driver.findElement(By.id("board-report")).getAttribute("href"))
        .endsWith("campaigns/" + latest + "/report");
    browser.driver.executeScript("document.querySelector('#heatmap-chart').scrollIntoView()");
    assertThat(visualMapLabels()).first().asString().startsWith("Bolt-on CX (0–20)");
    browser.screenshot("dashboard-demo-heatmap");

    // the same cells as differences from the organisation, in fixed bands; Legal still blank
    // the card scrolls inside the layout, not the window: click through the DOM
    browser.driver.executeScript(
        "arguments[0].click();",
        browser.driver.findElement(
            By.xpath(
                "//vaadin-radio-button[.//label[normalize-space(.)='Difference from the organisation']]")));
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(d -> visualMapLabels().contains("within 3"));
    JsonPath results = api.admin().get("api/campaigns/" + latest + "/results").jsonPath();
    double sales = results.getDouble("departments.find { it.path == 'Sales' }.dimensions[0].score");
    double organisation = results.getDouble("dimensions[0].score");
    assertThat(heatmapCell("Sales", 0))
        .isCloseTo(Math.round((sales - organisation) * 10) / 10.0, within(0.051));
    assertThat(heatmapCellsInRow("Legal (hidden)")).isZero();
    browser.screenshot("dashboard-demo-heatmap-differences");
  }
}
