package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, item 1: a campaign's plan carried out by the schedule — phases open and the campaign
 * closes when planned, each step once however many runs race for it; reminders by e-mail reach
 * exactly the invitations not yet used, with a link of their own, and tell no one how many; the
 * respondent sees the deadline; the monitor shows each department's rate against its target.
 */
@ExtendWith(ArquillianExtension.class)
class PlanApiIT {

  private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]+)");

  @ArquillianResource URL base;

  @Test
  void aPlannedWaveOpensRemindsAndClosesOnItsOwnOnceOnly() throws Exception {
    Api api = new Api(base);
    String org = api.organisation("Plan org " + System.nanoTime(), 3, OrganisationApiIT.CSV);
    String campaign = api.campaign(org, "cem-pulse", "Planned wave", "LEADERSHIP");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    OffsetDateTime management = now.plusDays(1);
    OffsetDateTime closes = now.plusDays(10);
    JsonPath plan =
        api.admin()
            .body(
                Map.of(
                    "opens",
                    Map.of("MANAGEMENT", management.toString(), "STAFF", management.toString()),
                    "closes",
                    closes.toString(),
                    "remindDaysBefore",
                    List.of(1, 3),
                    "target",
                    60,
                    "departmentTargets",
                    Map.of("Sales", 90)))
            .put("api/campaigns/" + campaign + "/plan")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(plan.getList("remindDaysBefore", Integer.class)).containsExactly(3, 1);
    assertThat(plan.getList("steps.kind"))
        .containsExactly("OPEN_MANAGEMENT", "OPEN_STAFF", "REMIND", "REMIND", "CLOSE");
    assertThat(plan.getMap("departmentTargets")).containsEntry("Sales", 90);

    // three leaders invited by e-mail; one answers
    String suffix = System.nanoTime() + "@plan.example";
    List<String> emails = List.of("ada-" + suffix, "ben-" + suffix, "cy-" + suffix);
    List<String> tokens =
        api.admin()
            .body(Map.of("departmentPath", "Sales", "tier", "LEADERSHIP", "emails", emails))
            .post("api/campaigns/" + campaign + "/invitations")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    JsonPath questionnaire =
        api.anonymous()
            .get("api/survey/" + tokens.get(1))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(OffsetDateTime.parse(questionnaire.getString("closesAt")).toInstant())
        .isEqualTo(closes.toInstant());
    String question = questionnaire.getString("sections[0].questions[0].id");
    api.anonymous()
        .body(Map.of("answers", Map.of(question, 4)))
        .post("api/survey/" + tokens.get(0) + "/submit")
        .then()
        .statusCode(201);
    api.anonymous()
        .body(Map.of("answers", Map.of(question, 2), "comments", Map.of()))
        .put("api/survey/" + tokens.get(1) + "/draft")
        .then()
        .statusCode(204);

    // reminders on demand: queued (202, no count), then to the two who did not answer, each with
    // a new link to their own draft; the step that sent them says so
    String reply =
        api.admin()
            .post("api/campaigns/" + campaign + "/reminders")
            .then()
            .statusCode(202)
            .extract()
            .asString();
    assertThat(reply).contains("LEADERSHIP").doesNotContainPattern("\\b[0-9]+\\b");
    List<MimeMessage> ben = awaitReminders(emails.get(1), 1);
    assertThat(awaitReminders(emails.get(2), 1)).hasSize(1);
    assertThat(reminders(emails.get(0))).isEmpty();
    assertThat(awaitStep(api, campaign, "REMIND_NOW"))
        .isEqualTo("sent to the invitations not yet used");
    // asked again at once: refused, so that no one is mailed again and again
    api.admin()
        .post("api/campaigns/" + campaign + "/reminders")
        .then()
        .statusCode(409)
        .body("error", containsString("ask again from"));
    String body = ben.get(0).getContent().toString();
    assertThat(body).contains("Planned wave").contains("(UTC)").doesNotContain(tokens.get(1));
    String reminderToken = token(body);
    JsonPath viaReminder =
        api.anonymous()
            .get("api/survey/" + reminderToken)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(viaReminder.getMap("draft.answers")).containsEntry(question, 2);
    api.anonymous().get("api/survey/" + tokens.get(1)).then().statusCode(200);

    // the monitor: Sales against its own target, rates only where counts are released
    List<Map<String, Object>> departments =
        api.admin()
            .get("api/campaigns/" + campaign)
            .then()
            .statusCode(200)
            .extract()
            .path("responseCounts");
    Map<String, Object> sales =
        departments.stream()
            .filter(d -> "Sales".equals(d.get("departmentPath")))
            .findFirst()
            .orElseThrow();
    assertThat(sales.get("target")).isEqualTo(90);
    assertThat(sales.get("hidden")).isEqualTo(true);
    assertThat(sales.get("rate")).isNull();
    assertThat(sales.get("targetMet")).isNull();

    // a run as of a later moment names the campaign it tries; it never runs other tenants' steps
    api.admin()
        .queryParam("asOf", closes.toString())
        .post("api/admin/schedule")
        .then()
        .statusCode(400)
        .body("fields.campaign", notNullValue());

    // two runs race for the day-1 steps, due at the same moment: each is done once, management
    // before staff
    OffsetDateTime day1 = management.plusMinutes(1);
    List<CompletableFuture<List<Map<String, Object>>>> racing = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      racing.add(CompletableFuture.supplyAsync(() -> run(api, campaign, day1)));
    }
    List<Map<String, Object>> ran = new ArrayList<>();
    for (CompletableFuture<List<Map<String, Object>>> r : racing) {
      r.get().stream().filter(s -> campaign.equals(s.get("campaignId"))).forEach(ran::add);
    }
    assertThat(ran)
        .extracting(s -> s.get("kind") + ": " + s.get("outcome"))
        .containsExactlyInAnyOrder("OPEN_MANAGEMENT: opened", "OPEN_STAFF: opened");
    assertThat(run(api, campaign, day1)).isEmpty();
    assertThat(
            api.admin()
                .get("api/campaigns/" + campaign)
                .then()
                .extract()
                .<List<Boolean>>path("phases.open"))
        .containsExactly(true, true, true);

    // the reminder three days before the close: again to Ben and Cy only, with a newer link
    assertThat(ranFor(run(api, campaign, closes.minusDays(3).plusMinutes(1)), campaign))
        .containsExactly("REMIND: sent to the invitations not yet used");
    assertThat(reminders(emails.get(0))).isEmpty();
    List<MimeMessage> again = reminders(emails.get(1));
    assertThat(again).hasSize(2);
    String newer = token(again.get(1).getContent().toString());
    api.anonymous().get("api/survey/" + newer).then().statusCode(200);
    api.anonymous().get("api/survey/" + reminderToken).then().statusCode(404);

    // the day before the close: the last reminder, then the close, in their order
    assertThat(ranFor(run(api, campaign, closes.plusMinutes(1)), campaign))
        .containsExactly("REMIND: sent to the invitations not yet used", "CLOSE: closed");
    assertThat(api.admin().get("api/campaigns/" + campaign).then().extract().<String>path("status"))
        .isEqualTo("CLOSED");
    JsonPath after =
        api.admin().get("api/campaigns/" + campaign + "/plan").then().extract().jsonPath();
    assertThat(after.getList("steps.doneAt")).doesNotContainNull();
    assertThat(after.getString("closes")).isNull();
    api.admin().post("api/campaigns/" + campaign + "/reminders").then().statusCode(409);
  }

  @Test
  void onlyThoseWhoRunTheCampaignPlanItAndRemind() {
    Api api = new Api(base);
    String org = api.organisation("Plan rights " + System.nanoTime(), 3, OrganisationApiIT.CSV);
    String campaign = api.campaign(org, "cem-pulse", "Wave", "LEADERSHIP");
    Api.TestUser leader = api.member(org, "LEADER");
    Map<String, Object> plan = Map.of("closes", OffsetDateTime.now().plusDays(5).toString());
    api.as(leader.email(), leader.password())
        .body(plan)
        .put("api/campaigns/" + campaign + "/plan")
        .then()
        .statusCode(403);
    api.as(leader.email(), leader.password())
        .post("api/campaigns/" + campaign + "/reminders")
        .then()
        .statusCode(403);
    api.as(leader.email(), leader.password())
        .get("api/campaigns/" + campaign + "/plan")
        .then()
        .statusCode(200);
    api.as(leader.email(), leader.password()).post("api/admin/schedule").then().statusCode(403);
  }

  private static List<Map<String, Object>> run(Api api, String campaign, OffsetDateTime asOf) {
    return api.admin()
        .queryParam("asOf", asOf.toString())
        .queryParam("campaign", campaign)
        .post("api/admin/schedule")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  private static List<String> ranFor(List<Map<String, Object>> ran, String campaign) {
    return ran.stream()
        .filter(s -> campaign.equals(s.get("campaignId")))
        .map(s -> s.get("kind") + ": " + s.get("outcome"))
        .toList();
  }

  private static List<MimeMessage> reminders(String email) {
    return Arrays.stream(Deployments.SMTP.getReceivedMessages())
        .filter(m -> recipient(m).equals(email))
        .filter(m -> subject(m).startsWith("Reminder"))
        .toList();
  }

  /**
   * The reminders to this address, once there are as many as expected (they go off the request).
   */
  private static List<MimeMessage> awaitReminders(String email, int expected)
      throws InterruptedException {
    long until = System.nanoTime() + 30_000_000_000L;
    List<MimeMessage> received = reminders(email);
    while (received.size() < expected && System.nanoTime() < until) {
      Thread.sleep(200);
      received = reminders(email);
    }
    assertThat(received).as("reminders to " + email).hasSize(expected);
    return received;
  }

  /** The outcome of the campaign's last step of this kind, once it is done. */
  private static String awaitStep(Api api, String campaign, String kind)
      throws InterruptedException {
    long until = System.nanoTime() + 30_000_000_000L;
    while (true) {
      List<Map<String, Object>> steps =
          api.admin().get("api/campaigns/" + campaign + "/plan").then().extract().path("steps");
      String outcome =
          steps.stream()
              .filter(s -> kind.equals(s.get("kind")) && s.get("doneAt") != null)
              .map(s -> (String) s.get("outcome"))
              .filter(o -> !o.startsWith("interrupted"))
              .reduce((a, b) -> b)
              .orElse(null);
      if (outcome != null || System.nanoTime() > until) {
        return outcome;
      }
      Thread.sleep(200);
    }
  }

  private static String token(String body) {
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("a survey link in " + body).isTrue();
    return link.group(1);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      return "";
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
