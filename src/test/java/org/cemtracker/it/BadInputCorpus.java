package org.cemtracker.it;

import static org.cemtracker.it.BadInput.Kind.BOOLEAN;
import static org.cemtracker.it.BadInput.Kind.INTEGER;
import static org.cemtracker.it.BadInput.Kind.NUMBER;
import static org.cemtracker.it.BadInput.Kind.OBJECT;
import static org.cemtracker.it.BadInput.Kind.TEXT;
import static org.cemtracker.it.BadInput.Kind.TEXTS;
import static org.cemtracker.it.BadInput.json;
import static org.cemtracker.it.BadInput.mutations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad-input corpus of issue 14 for one running app: an organisation with departments, a
 * campaign with a personal and an open link, an initiative with a milestone and a KPI, a user and a
 * consultant of another tenant — and the requests against them that must all be refused.
 */
final class BadInputCorpus {

  static final String DEPARTMENTS = "path,headcount,customerFacing\nSales,30,true\nOps,20,false\n";

  final Api api;
  final String org;
  final String foreignOrg;
  final Api.TestUser outsider;
  final Api.TestUser user;
  final String campaign;
  final String token;
  final String openToken;
  final String question;
  final String initiative;
  final String milestone;
  final String kpi;

  BadInputCorpus(Api api) {
    this.api = api;
    org = api.organisation("Corpus " + System.nanoTime(), 3, DEPARTMENTS);
    foreignOrg = api.organisation("Foreign " + System.nanoTime(), 3, DEPARTMENTS);
    outsider = api.member(foreignOrg, "CONSULTANT");
    user = api.newUser(false);
    campaign = api.campaign(org, "cem-pulse", "Wave", "LEADERSHIP");
    token = api.invite(campaign, "Sales", "LEADERSHIP", 1).get(0);
    openToken =
        api.admin()
            .post("api/campaigns/" + campaign + "/open-link")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    question =
        api.anonymous()
            .get("api/survey/" + token)
            .then()
            .statusCode(200)
            .extract()
            .path("sections[0].questions[0].id");
    var created =
        api.admin()
            .body(
                Map.of(
                    "title", "Corpus initiative",
                    "milestones", List.of(Map.of("title", "First", "dueDate", "2027-01-15")),
                    "kpis", List.of(Map.of("name", "NPS", "baseline", 10, "target", 40))))
            .post("api/organisations/" + org + "/initiatives")
            .then()
            .statusCode(201)
            .extract();
    initiative = created.path("id");
    milestone = created.path("milestones[0].id");
    kpi = created.path("kpis[0].id");
  }

  /** What the corpus must leave as it found: everything these callers can read. */
  /** The consultant's review: wrong levels, evidence missing or unsafe, stale versions. */
  private List<BadInput> review() {
    String rating = "api/campaigns/" + campaign + "/review/dimensions/leadership";
    String stage = "api/campaigns/" + campaign + "/review/stage";
    List<BadInput> cases =
        new ArrayList<>(
            mutations(
                "review rating",
                "PUT",
                rating,
                ordered(
                    "level",
                    3,
                    "note",
                    "Seen in the workshops",
                    "links",
                    List.of(Map.of("label", "Charter", "url", "https://example.org/charter"))),
                kinds("level", INTEGER, "note", TEXT)));
    String link = "{\"label\":\"x\",\"url\":\"https://example.org/x\"}";
    cases.add(json("review: level 0", "PUT", rating, "{\"level\":0,\"note\":\"x\"}", 400, "level"));
    cases.add(json("review: level 6", "PUT", rating, "{\"level\":6,\"note\":\"x\"}", 400, "level"));
    cases.add(json("review: no evidence", "PUT", rating, "{\"level\":3}", 400, "note"));
    cases.add(
        json(
            "review: a javascript link",
            "PUT",
            rating,
            "{\"level\":3,\"links\":[{\"url\":\"javascript:alert(1)\"}]}",
            400,
            "links[0].url"));
    cases.add(
        json(
            "review: a relative link",
            "PUT",
            rating,
            "{\"level\":3,\"links\":[{\"url\":\"/etc/passwd\"}]}",
            400,
            "links[0].url"));
    cases.add(
        json(
            "review: a null link",
            "PUT",
            rating,
            "{\"level\":3,\"note\":\"x\",\"links\":[null]}",
            400,
            "links[0].url"));
    cases.add(
        json(
            "review: eleven links",
            "PUT",
            rating,
            "{\"level\":3,\"links\":[" + String.join(",", Collections.nCopies(11, link)) + "]}",
            400,
            "links"));
    cases.add(
        json(
            "review: a note too long",
            "PUT",
            rating,
            "{\"level\":3,\"note\":\"" + "n".repeat(4001) + "\"}",
            400,
            "note"));
    cases.add(
        json(
            "review: a version for a rating that does not exist",
            "PUT",
            rating,
            "{\"level\":3,\"note\":\"x\",\"version\":4}",
            409,
            null));
    cases.add(
        json(
            "review: an unknown dimension",
            "PUT",
            "api/campaigns/" + campaign + "/review/dimensions/no-such-dimension",
            "{\"level\":3,\"note\":\"x\"}",
            404,
            null));
    cases.add(json("review: stage 9", "PUT", stage, "{\"level\":9,\"note\":\"x\"}", 400, "level"));
    cases.add(
        new BadInput(
            "review: publishing with nothing rated",
            "admin",
            "POST",
            "api/campaigns/" + campaign + "/review/publication",
            BadInput.JSON,
            null,
            409,
            null));
    return cases;
  }

  /** Schedules, benchmarks and notifications: moments and flags that are wrong, ids unknown. */
  private List<BadInput> engagement() {
    List<BadInput> cases = new ArrayList<>();
    cases.add(
        post(
            "schedule: a later moment for every tenant",
            "api/admin/schedule?asOf=2031-01-01T00:00:00Z",
            400,
            "campaign"));
    cases.add(
        post(
            "schedule: an unknown campaign",
            "api/admin/schedule?asOf=2031-01-01T00:00:00Z&campaign=nope",
            404,
            null));
    cases.add(post("schedule: asOf not a moment", "api/admin/schedule?asOf=soon", 400, "asOf"));
    cases.add(
        post(
            "watch: a later day for every tenant",
            "api/admin/watch?asOf=2031-01-01",
            400,
            "organisation"));
    cases.add(post("watch: asOf not a day", "api/admin/watch?asOf=tomorrow", 400, "asOf"));
    cases.add(post("notification: unknown", "api/notifications/nope/read", 404, null));
    cases.add(
        new BadInput(
            "benchmark: an unknown campaign",
            "admin",
            "GET",
            "api/campaigns/nope/benchmark",
            BadInput.JSON,
            null,
            404,
            null));
    return cases;
  }

  private static BadInput post(String name, String path, int status, String field) {
    return new BadInput(name, "admin", "POST", path, BadInput.JSON, null, status, field);
  }

  List<String> state() {
    return List.of(
        "api/organisations",
        "api/organisations/" + org + "/departments",
        "api/organisations/" + org + "/members",
        "api/organisations/" + org + "/campaigns",
        "api/campaigns/" + campaign,
        "api/campaigns/" + campaign + "/plan",
        "api/campaigns/" + campaign + "/review",
        "api/organisations/" + org + "/initiatives",
        "api/organisations/" + org + "/audit",
        "api/organisations/" + foreignOrg + "/departments",
        "api/users",
        "api/me/tokens",
        "api/survey/" + token);
  }

  List<BadInput> cases() {
    List<BadInput> cases = new ArrayList<>();
    cases.addAll(bodies());
    cases.addAll(new BadInputSpecifics(this).cases());
    return cases;
  }

  private List<BadInput> bodies() {
    List<BadInput> cases = new ArrayList<>();
    cases.addAll(
        mutations(
            "new organisation",
            "POST",
            "api/organisations",
            ordered(
                "name",
                "Mutant",
                "industry",
                "Retail",
                "anonymityThreshold",
                5,
                "commentThreshold",
                10,
                "retentionMonths",
                24),
            kinds(
                "name",
                TEXT,
                "industry",
                TEXT,
                "anonymityThreshold",
                INTEGER,
                "commentThreshold",
                INTEGER,
                "retentionMonths",
                INTEGER)));
    cases.addAll(
        mutations(
            "organisation edit",
            "PATCH",
            "api/organisations/" + org,
            ordered("name", "Renamed", "anonymityThreshold", 4, "version", 0),
            kinds("name", TEXT, "anonymityThreshold", INTEGER, "version", INTEGER)));
    cases.addAll(
        mutations(
            "member",
            "POST",
            "api/organisations/" + org + "/members",
            ordered("email", user.email(), "role", "LEADER", "departmentPaths", List.of("Sales")),
            kinds("email", TEXT, "role", TEXT, "departmentPaths", TEXTS)));
    cases.addAll(
        mutations(
            "campaign",
            "POST",
            "api/organisations/" + org + "/campaigns",
            ordered("modelId", "cem-pulse", "name", "Second wave"),
            kinds("modelId", TEXT, "name", TEXT)));
    cases.addAll(
        mutations(
            "invitations",
            "POST",
            "api/campaigns/" + campaign + "/invitations",
            ordered(
                "departmentPath", "Sales", "tier", "LEADERSHIP", "count", 2, "emails", List.of()),
            kinds("departmentPath", TEXT, "tier", TEXT, "count", INTEGER, "emails", TEXTS)));
    cases.addAll(
        mutations(
            "plan",
            "PUT",
            "api/campaigns/" + campaign + "/plan",
            ordered(
                "opens",
                Map.of("MANAGEMENT", "2031-01-05T09:00:00Z"),
                "closes",
                "2031-02-01T17:00:00+01:00",
                "remindDaysBefore",
                List.of(3, 1),
                "target",
                80,
                "departmentTargets",
                Map.of("Sales", 90)),
            kinds(
                "opens", OBJECT, "closes", TEXT, "target", INTEGER, "departmentTargets", OBJECT)));
    String plan = "api/campaigns/" + campaign + "/plan";
    cases.add(
        json(
            "plan: staff before management",
            "PUT",
            plan,
            "{\"opens\":{\"STAFF\":\"2031-01-05T09:00:00Z\"}}",
            400,
            "opens.STAFF"));
    cases.add(
        json(
            "plan: leadership open already",
            "PUT",
            plan,
            "{\"opens\":{\"LEADERSHIP\":\"2031-01-05T09:00:00Z\"}}",
            400,
            "opens.LEADERSHIP"));
    cases.add(
        json(
            "plan: a phase that is none",
            "PUT",
            plan,
            "{\"opens\":{\"BOARD\":\"2031-01-05T09:00:00Z\"}}",
            400,
            "opens.BOARD"));
    cases.add(
        json(
            "plan: close in the past",
            "PUT",
            plan,
            "{\"closes\":\"2001-01-01T00:00:00Z\"}",
            400,
            "closes"));
    cases.add(
        json(
            "plan: close not a moment",
            "PUT",
            plan,
            "{\"closes\":\"next Friday\"}",
            400,
            "closes"));
    cases.add(
        json(
            "plan: close before an opening",
            "PUT",
            plan,
            "{\"opens\":{\"MANAGEMENT\":\"2031-03-01T09:00:00Z\"},"
                + "\"closes\":\"2031-02-01T00:00:00Z\"}",
            400,
            "closes"));
    cases.add(
        json(
            "plan: reminders without a close",
            "PUT",
            plan,
            "{\"remindDaysBefore\":[3]}",
            400,
            "remindDaysBefore"));
    cases.add(
        json(
            "plan: a reminder 0 days before",
            "PUT",
            plan,
            "{\"closes\":\"2031-02-01T00:00:00Z\",\"remindDaysBefore\":[3,0]}",
            400,
            "remindDaysBefore[1]"));
    cases.add(
        json(
            "plan: a reminder twice",
            "PUT",
            plan,
            "{\"closes\":\"2031-02-01T00:00:00Z\",\"remindDaysBefore\":[3,3]}",
            400,
            "remindDaysBefore[1]"));
    cases.add(json("plan: target above 100", "PUT", plan, "{\"target\":101}", 400, "target"));
    cases.add(
        json(
            "plan: target of an unknown department",
            "PUT",
            plan,
            "{\"departmentTargets\":{\"Marketing\":80}}",
            400,
            "departmentTargets.Marketing"));
    cases.add(
        json(
            "plan: department target 0",
            "PUT",
            plan,
            "{\"departmentTargets\":{\"Sales\":0}}",
            400,
            "departmentTargets.Sales"));
    cases.addAll(review());
    cases.addAll(engagement());
    Map<String, Object> answers =
        ordered("answers", Map.of(question, 3), "comments", Map.of(question, "Fine"));
    for (String step : List.of("draft", "submit")) {
      String method = step.equals("draft") ? "PUT" : "POST";
      cases.addAll(
          mutations(
              "survey " + step,
              method,
              "api/survey/" + token + "/" + step,
              answers,
              kinds("answers", OBJECT, "comments", OBJECT)));
      cases.add(
          json(
              "survey " + step + ": level 3.5",
              method,
              "api/survey/" + token + "/" + step,
              "{\"answers\":{\"" + question + "\":3.5}}",
              400,
              "answers." + question));
      cases.add(
          json(
              "survey " + step + ": level \"3\"",
              method,
              "api/survey/" + token + "/" + step,
              "{\"answers\":{\"" + question + "\":\"3\"}}",
              400,
              "answers." + question));
      cases.add(
          json(
              "survey " + step + ": comment a number",
              method,
              "api/survey/" + token + "/" + step,
              "{\"comments\":{\"" + question + "\":7}}",
              400,
              "comments." + question));
      cases.add(
          json(
              "survey " + step + ": NUL in a comment",
              method,
              "api/survey/" + token + "/" + step,
              "{\"comments\":{\"" + question + "\":\"a\\u0000b\"}}",
              400,
              "comments." + question));
    }
    cases.addAll(
        mutations(
            "open link start",
            "POST",
            "api/survey/open/" + openToken + "/start",
            ordered("departmentPath", "Sales", "tier", "LEADERSHIP"),
            kinds("departmentPath", TEXT, "tier", TEXT)));
    cases.addAll(
        mutations(
            "new initiative",
            "POST",
            "api/organisations/" + org + "/initiatives",
            ordered(
                "title",
                "Mutant",
                "description",
                "d",
                "status",
                "PLANNED",
                "rag",
                "GREEN",
                "dimensions",
                List.of(),
                "departmentPaths",
                List.of("Sales"),
                "startDate",
                "2027-01-01",
                "milestones",
                List.of(),
                "kpis",
                List.of()),
            kinds(
                "title",
                TEXT,
                "description",
                TEXT,
                "status",
                TEXT,
                "rag",
                TEXT,
                "dimensions",
                TEXTS,
                "departmentPaths",
                TEXTS,
                "startDate",
                TEXT,
                "milestones",
                TEXTS,
                "kpis",
                TEXTS)));
    cases.addAll(
        mutations(
            "initiative edit",
            "PATCH",
            "api/initiatives/" + initiative,
            ordered("title", "Edited", "version", 0),
            kinds("title", TEXT, "version", INTEGER)));
    cases.addAll(
        mutations(
            "check-in",
            "POST",
            "api/initiatives/" + initiative + "/check-ins",
            ordered("date", "2027-02-01", "rag", "AMBER", "note", "Slow start"),
            kinds("date", TEXT, "rag", TEXT, "note", TEXT)));
    cases.addAll(
        mutations(
            "measurement",
            "POST",
            "api/initiatives/" + initiative + "/kpis/" + kpi + "/measurements",
            ordered("date", "2027-02-01", "value", 12.5),
            kinds("date", TEXT, "value", NUMBER)));
    cases.addAll(
        mutations(
            "milestone done",
            "PUT",
            "api/initiatives/" + initiative + "/milestones/" + milestone + "/done",
            ordered("done", true),
            kinds("done", BOOLEAN)));
    cases.addAll(
        mutations(
            "new user",
            "POST",
            "api/users",
            ordered(
                "email",
                "mutant-" + System.nanoTime() + "@example.org",
                "name",
                "Mutant",
                "password",
                "a-long-enough-password",
                "admin",
                false),
            kinds("email", TEXT, "name", TEXT, "password", TEXT, "admin", BOOLEAN)));
    cases.addAll(
        mutations(
            "user edit",
            "PATCH",
            "api/users/" + user.id(),
            ordered("name", "Edited", "admin", false, "enabled", true),
            kinds("name", TEXT, "admin", BOOLEAN, "enabled", BOOLEAN)));
    cases.addAll(
        mutations(
            "password reset",
            "PUT",
            "api/users/" + user.id() + "/password",
            ordered("password", "another-long-password"),
            kinds("password", TEXT)));
    cases.addAll(
        mutations(
            "new token", "POST", "api/me/tokens", ordered("name", "script"), kinds("name", TEXT)));
    return cases;
  }

  static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static Map<String, BadInput.Kind> kinds(Object... pairs) {
    Map<String, BadInput.Kind> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (BadInput.Kind) pairs[i + 1]);
    }
    return map;
  }
}
