package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, item 5: notifications in the app and by e-mail — an initiative's owner on assignment,
 * on an overdue milestone and on a check-in due; a consultant when a phase reaches its target and
 * when the campaign closes on its planned date. Each once; each only to its own user.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeApiIT {

  @ArquillianResource URL base;

  private static JsonPath notices(Api api, Api.TestUser user) {
    return api.as(user.email(), user.password())
        .get("api/notifications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> texts(Api api, Api.TestUser user) {
    return notices(api, user).getList("notifications.text");
  }

  /** The user's notices once there are this many (they are stored off the request). */
  private static JsonPath awaitNotices(Api api, Api.TestUser user, int count)
      throws InterruptedException {
    long until = System.nanoTime() + 20_000_000_000L;
    JsonPath notices = notices(api, user);
    while (notices.getList("notifications").size() < count && System.nanoTime() < until) {
      Thread.sleep(200);
      notices = notices(api, user);
    }
    assertThat(notices.getList("notifications")).as("notices of " + user.email()).hasSize(count);
    return notices;
  }

  @Test
  void anOwnerIsToldOfTheAssignmentAnOverdueMilestoneAndACheckInDueEachOnce() throws Exception {
    Api api = new Api(base);
    String org = api.organisation("Notices " + System.nanoTime(), 3, OrganisationApiIT.CSV);
    Api.TestUser owner = api.member(org, "HR");
    Api.TestUser other = api.member(org, "LEADER");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    JsonPath created =
        api.admin()
            .body(
                Map.of(
                    "title", "Journey maps",
                    "ownerEmail", owner.email(),
                    "startDate", today.toString(),
                    "milestones",
                        List.of(
                            Map.of("title", "First map", "dueDate", today.plusDays(5).toString()))))
            .post("api/organisations/" + org + "/initiatives")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String id = created.getString("id");
    JsonPath told = awaitNotices(api, owner, 1);
    assertThat(told.getLong("unread")).isEqualTo(1);
    assertThat(told.getString("notifications[0].text"))
        .startsWith("You own the initiative “Journey maps” now");
    assertThat(told.getString("notifications[0].link")).isEqualTo("initiatives/" + id);
    assertThat(texts(api, other)).isEmpty();
    List<MimeMessage> mails = mailsTo(owner.email());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).startsWith("CEM Tracker: You own the initiative");

    api.admin()
        .body(Map.of("version", created.getLong("version"), "status", "APPROVED"))
        .patch("api/initiatives/" + id)
        .then()
        .statusCode(200);
    // six days on, the milestone is overdue; fifteen days on, a check-in is due too — each told
    // once
    watch(api, today.plusDays(6), org);
    awaitNotices(api, owner, 2);
    watch(api, today.plusDays(6), org);
    assertThat(texts(api, owner))
        .filteredOn(t -> t.startsWith("The milestone “First map”"))
        .hasSize(1);
    watch(api, today.plusDays(15), org);
    awaitNotices(api, owner, 3);
    watch(api, today.plusDays(16), org);
    Thread.sleep(1000);
    assertThat(texts(api, owner)).filteredOn(t -> t.startsWith("A check-in is due")).hasSize(1);
    assertThat(texts(api, other)).isEmpty();

    // read: one by one (only one's own: another's is not found), then all
    String first = notices(api, owner).getString("notifications[0].id");
    api.as(other.email(), other.password())
        .post("api/notifications/" + first + "/read")
        .then()
        .statusCode(404);
    assertThat(notices(api, owner).getLong("unread")).isEqualTo(3);
    api.as(owner.email(), owner.password())
        .post("api/notifications/" + first + "/read")
        .then()
        .statusCode(204);
    assertThat(notices(api, owner).getLong("unread")).isEqualTo(2);
    api.as(owner.email(), owner.password()).post("api/notifications/read").then().statusCode(204);
    assertThat(notices(api, owner).getLong("unread")).isZero();

    // one who leaves the organisation no longer reads its notices, nor is told anything new (a
    // check-in tomorrow makes the next one due on a day not told yet)
    api.admin()
        .body(Map.of("date", today.plusDays(1).toString(), "rag", "GREEN", "note", "Under way"))
        .post("api/initiatives/" + id + "/check-ins")
        .then()
        .statusCode(201);
    String membership =
        api.admin()
            .get("api/organisations/" + org + "/members")
            .then()
            .extract()
            .path("find { it.email == '" + owner.email() + "' }.id");
    api.admin()
        .delete("api/organisations/" + org + "/members/" + membership)
        .then()
        .statusCode(204);
    assertThat(texts(api, owner)).isEmpty();
    watch(api, today.plusDays(40), org);
    Thread.sleep(1000);
    assertThat(texts(api, owner)).isEmpty();

    // a later day tries one organisation only, and only administrators look
    api.admin()
        .queryParam("asOf", today.plusDays(30).toString())
        .post("api/admin/watch")
        .then()
        .statusCode(400);
    api.as(owner.email(), owner.password()).post("api/admin/watch").then().statusCode(403);
    api.anonymous().get("api/notifications").then().statusCode(401);
  }

  @Test
  void aConsultantIsToldWhenAPhaseReachesItsTargetAndWhenTheCampaignClosesOnItsDate()
      throws InterruptedException {
    Api api = new Api(base);
    String org = api.organisation("Notices wave " + System.nanoTime(), 3, OrganisationApiIT.CSV);
    Api.TestUser consultant = api.member(org, "CONSULTANT");
    Api.TestUser leader = api.member(org, "LEADER");
    String campaign = api.campaign(org, "cem-pulse", "Noticed wave", "LEADERSHIP");
    OffsetDateTime closes =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusDays(10);
    api.admin()
        .body(Map.of("closes", closes.toString()))
        .put("api/campaigns/" + campaign + "/plan")
        .then()
        .statusCode(200);
    List<String> tokens = api.invite(campaign, "Sales", "LEADERSHIP", 4);
    String question =
        api.anonymous()
            .get("api/survey/" + tokens.get(0))
            .jsonPath()
            .getString("sections[0].questions[0].id");
    for (int i = 0; i < 3; i++) {
      api.anonymous()
          .body(Map.of("answers", Map.of(question, 4)))
          .post("api/survey/" + tokens.get(i) + "/submit")
          .then()
          .statusCode(201);
    }
    // three of four used (75 %, at least k): the leadership phase is at its target
    api.admin().post("api/admin/watch").then().statusCode(204);
    awaitNotices(api, consultant, 1);
    api.admin().post("api/admin/watch").then().statusCode(204);
    Thread.sleep(1000);
    assertThat(texts(api, consultant))
        .filteredOn(t -> t.startsWith("The leadership phase of “Noticed wave” has reached"))
        .hasSize(1);
    api.admin()
        .queryParam("asOf", closes.plusMinutes(1).toString())
        .queryParam("campaign", campaign)
        .post("api/admin/schedule")
        .then()
        .statusCode(200);
    assertThat(awaitNotices(api, consultant, 2).<String>getList("notifications.text"))
        .anyMatch(t -> t.startsWith("“Noticed wave” closed on its planned date"));
    assertThat(texts(api, leader)).isEmpty();
  }

  private static void watch(Api api, LocalDate asOf, String org) {
    api.admin()
        .queryParam("asOf", asOf.toString())
        .queryParam("organisation", org)
        .post("api/admin/watch")
        .then()
        .statusCode(204);
  }

  /** The mails to this address, waiting a little for them (they go off the request). */
  private static List<MimeMessage> mailsTo(String email) throws InterruptedException {
    long until = System.nanoTime() + 20_000_000_000L;
    List<MimeMessage> mails = List.of();
    while (mails.isEmpty() && System.nanoTime() < until) {
      Thread.sleep(200);
      mails =
          Arrays.stream(Deployments.SMTP.getReceivedMessages())
              .filter(m -> email.equals(recipient(m)))
              .toList();
    }
    return mails;
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      return "";
    }
  }
}
