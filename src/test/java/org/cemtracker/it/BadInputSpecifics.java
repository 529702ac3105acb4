package org.cemtracker.it;

import static org.cemtracker.it.BadInput.json;
import static org.cemtracker.it.BadInput.utf8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus's cases that are not one field of the wrong type: department files, ids that do not
 * exist or belong to another tenant, tokens, query parameters, stale versions, sizes, media types,
 * the organisation import file, and values of the right type that are still wrong.
 */
final class BadInputSpecifics {

  private final BadInputCorpus c;

  BadInputSpecifics(BadInputCorpus corpus) {
    this.c = corpus;
  }

  List<BadInput> cases() {
    List<BadInput> cases = new ArrayList<>();
    cases.addAll(departmentFiles());
    cases.addAll(ids());
    cases.addAll(values());
    return cases;
  }

  private List<BadInput> departmentFiles() {
    String departments = "api/organisations/" + c.org + "/departments";
    List<BadInput> cases = new ArrayList<>();
    cases.add(csv("an empty file", departments, "", "body"));
    cases.add(csv("no header", departments, "Sales,30,true\n", "header"));
    cases.add(csv("a header only", departments, "path,headcount,customerFacing\n", "body"));
    cases.add(
        csv(
            "a headcount in words",
            departments,
            "path,headcount,customerFacing\nSales,many,true\n",
            "line 2"));
    cases.add(
        csv(
            "a negative headcount",
            departments,
            "path,headcount,customerFacing\nSales,-3,true\n",
            "line 2"));
    cases.add(
        csv(
            "customerFacing perhaps",
            departments,
            "path,headcount,customerFacing\nSales,3,perhaps\n",
            "line 2"));
    cases.add(
        csv(
            "a path twice",
            departments,
            "path,headcount,customerFacing\nSales,3,true\nSales,4,true\n",
            "line 3"));
    cases.add(
        csv(
            "an empty path segment",
            departments,
            "path,headcount,customerFacing\nSales//East,3,true\n",
            "line 2"));
    cases.add(
        csv(
            "NUL in a path",
            departments,
            "path,headcount,customerFacing\nSa\u0000les,3,true\n",
            "line 2"));
    cases.add(
        csv(
            "an unclosed quote",
            departments,
            "path,headcount,customerFacing\n\"Sales,3,true\n",
            "body"));
    cases.add(
        new BadInput(
            "CSV in Latin-1",
            "admin",
            "PUT",
            departments,
            "text/csv",
            "path,headcount,customerFacing\nVerk\u00e4ufe,3,true\n"
                .getBytes(StandardCharsets.ISO_8859_1),
            400,
            "body"));
    cases.add(
        new BadInput(
            "CSV over 1 MiB",
            "admin",
            "PUT",
            departments,
            "text/csv",
            utf8("path,headcount,customerFacing\n" + "Sales/A,1,true\n".repeat(80_000)),
            413,
            null));
    cases.add(
        json(
            "JSON departments: a path as an object",
            "PUT",
            departments,
            "[{\"path\":{\"a\":1},\"headcount\":3,\"customerFacing\":true}]",
            400,
            "[0].path"));
    cases.add(
        json(
            "JSON departments: a headcount as text",
            "PUT",
            departments,
            "[{\"path\":\"Sales\",\"headcount\":\"3\",\"customerFacing\":true}]",
            400,
            "[0].headcount"));
    cases.add(
        json(
            "JSON departments: a headcount of 2.5",
            "PUT",
            departments,
            "[{\"path\":\"Sales\",\"headcount\":2.5,\"customerFacing\":true}]",
            400,
            "[0].headcount"));
    cases.add(
        json(
            "JSON departments: customerFacing yes",
            "PUT",
            departments,
            "[{\"path\":\"Sales\",\"headcount\":3,\"customerFacing\":\"yes\"}]",
            400,
            "[0].customerFacing"));
    cases.add(
        json(
            "JSON departments: an unknown field",
            "PUT",
            departments,
            "[{\"path\":\"Sales\",\"headcount\":3,\"customerFacing\":true,\"size\":1}]",
            400,
            "[0].size"));
    cases.add(
        json(
            "JSON departments: an object",
            "PUT",
            departments,
            "{\"path\":\"Sales\"}",
            400,
            "body"));
    cases.add(
        json(
            "JSON departments: NUL in a path",
            "PUT",
            departments,
            "[{\"path\":\"Sa\\u0000les\",\"headcount\":3,\"customerFacing\":true}]",
            400,
            "[0].path"));
    cases.add(
        json(
            "JSON departments: nested 20,000 deep",
            "PUT",
            departments,
            "[".repeat(20_000) + "]".repeat(20_000),
            400,
            "body"));
    return cases;
  }

  private List<BadInput> ids() {
    String unknown = "00000000-0000-0000-0000-000000000000";
    List<BadInput> cases = new ArrayList<>();
    for (String path :
        List.of(
            "api/organisations/" + unknown,
            "api/organisations/" + unknown + "/departments",
            "api/organisations/" + unknown + "/members",
            "api/organisations/" + unknown + "/campaigns",
            "api/organisations/" + unknown + "/initiatives",
            "api/organisations/" + unknown + "/audit",
            "api/campaigns/" + unknown,
            "api/campaigns/" + unknown + "/results",
            "api/initiatives/" + unknown,
            "api/users/" + unknown,
            "api/models/no-such-model",
            "api/survey/" + unknown,
            "api/survey/open/" + unknown)) {
      cases.add(
          new BadInput("an unknown id", "admin", "GET", path, BadInput.JSON, null, 404, null));
    }
    for (String path :
        List.of(
            "api/organisations/" + c.org,
            "api/organisations/" + c.org + "/departments",
            "api/organisations/" + c.org + "/members",
            "api/organisations/" + c.org + "/audit",
            "api/campaigns/" + c.campaign,
            "api/campaigns/" + c.campaign + "/results",
            "api/campaigns/" + c.campaign + "/review",
            "api/initiatives/" + c.initiative)) {
      cases.add(
          new BadInput(
              "another tenant's id", "outsider", "GET", path, BadInput.JSON, null, 404, null));
    }
    cases.add(
        json(
                "another tenant's organisation edit",
                "PATCH",
                "api/organisations/" + c.org,
                "{\"name\":\"Taken\"}",
                404,
                null)
            .as("outsider"));
    cases.add(
        json(
                "another tenant's campaign plan",
                "PUT",
                "api/campaigns/" + c.campaign + "/plan",
                "{\"closes\":\"2031-02-01T00:00:00Z\"}",
                404,
                null)
            .as("outsider"));
    cases.add(
        json(
                "another tenant's review rating",
                "PUT",
                "api/campaigns/" + c.campaign + "/review/dimensions/leadership",
                "{\"level\":3,\"note\":\"Taken\"}",
                404,
                null)
            .as("outsider"));
    cases.add(
        json(
                "another tenant's review published",
                "POST",
                "api/campaigns/" + c.campaign + "/review/publication",
                "{}",
                404,
                null)
            .as("outsider"));
    cases.add(
        json(
                "another tenant's reminders",
                "POST",
                "api/campaigns/" + c.campaign + "/reminders",
                "{}",
                404,
                null)
            .as("outsider"));
    cases.add(
        json(
                "another tenant's initiative edit",
                "PATCH",
                "api/initiatives/" + c.initiative,
                "{\"title\":\"Taken\"}",
                404,
                null)
            .as("outsider"));
    cases.add(
        json(
                "another tenant's invitations",
                "POST",
                "api/campaigns/" + c.campaign + "/invitations",
                "{\"departmentPath\":\"Sales\",\"tier\":\"LEADERSHIP\",\"count\":1}",
                404,
                null)
            .as("outsider"));
    cases.add(
        json(
                "another tenant's campaign",
                "POST",
                "api/organisations/" + c.org + "/campaigns",
                "{\"modelId\":\"cem-pulse\",\"name\":\"Taken\"}",
                404,
                null)
            .as("outsider"));
    cases.add(
        new BadInput(
            "another tenant's initiative deleted",
            "outsider",
            "DELETE",
            "api/initiatives/" + c.initiative,
            BadInput.JSON,
            null,
            404,
            null));
    cases.add(
        new BadInput(
            "another tenant's organisation erased",
            "outsider",
            "DELETE",
            "api/organisations/" + c.org + "?confirm=x",
            BadInput.JSON,
            null,
            404,
            null));
    cases.add(
        json(
            "a draft for an unknown token",
            "PUT",
            "api/survey/" + unknown + "/draft",
            "{\"answers\":{}}",
            404,
            null));
    cases.add(
        json(
            "a submit for an unknown token",
            "POST",
            "api/survey/" + unknown + "/submit",
            "{\"answers\":{\"" + c.question + "\":3}}",
            404,
            null));
    cases.add(
        new BadInput(
            "a questionnaire in a language its model does not have",
            "nobody",
            "GET",
            "api/survey/" + c.token + "?language=xx",
            BadInput.JSON,
            null,
            400,
            "language"));
    cases.add(
        new BadInput(
            "a wrong bearer token",
            "bearer",
            "GET",
            "api/organisations",
            BadInput.JSON,
            null,
            401,
            null));
    cases.add(
        new BadInput(
            "no credentials",
            "nobody",
            "GET",
            "api/organisations/" + c.org,
            BadInput.JSON,
            null,
            401,
            null));
    cases.add(
        new BadInput(
            "an unknown API token revoked",
            "admin",
            "DELETE",
            "api/me/tokens/" + unknown,
            BadInput.JSON,
            null,
            404,
            null));
    cases.add(
        new BadInput(
            "an unknown membership removed",
            "admin",
            "DELETE",
            "api/organisations/" + c.org + "/members/" + unknown,
            BadInput.JSON,
            null,
            404,
            null));
    cases.add(
        new BadInput(
            "an unknown milestone done",
            "admin",
            "PUT",
            "api/initiatives/" + c.initiative + "/milestones/" + unknown + "/done",
            BadInput.JSON,
            utf8("{\"done\":true}"),
            404,
            null));
    cases.add(
        new BadInput(
            "an unknown KPI measured",
            "admin",
            "POST",
            "api/initiatives/" + c.initiative + "/kpis/" + unknown + "/measurements",
            BadInput.JSON,
            utf8("{\"date\":\"2027-02-01\",\"value\":1}"),
            404,
            null));
    return cases;
  }

  private List<BadInput> values() {
    String survey = "api/survey/" + c.token + "/submit";
    List<BadInput> cases = new ArrayList<>();
    cases.add(
        json(
            "a level above the scale",
            "POST",
            survey,
            "{\"answers\":{\"" + c.question + "\":6}}",
            400,
            "answers." + c.question));
    cases.add(
        json(
            "a level of 0",
            "POST",
            survey,
            "{\"answers\":{\"" + c.question + "\":0}}",
            400,
            "answers." + c.question));
    cases.add(
        json(
            "a question not asked",
            "POST",
            survey,
            "{\"answers\":{\"no-such-question\":3}}",
            400,
            "answers.no-such-question"));
    cases.add(json("an empty submission", "POST", survey, "{\"answers\":{}}", 400, "answers"));
    cases.add(
        json(
            "a comment too long",
            "POST",
            survey,
            "{\"answers\":{\""
                + c.question
                + "\":3},\"comments\":{\""
                + c.question
                + "\":\""
                + "x".repeat(2001)
                + "\"}}",
            400,
            "comments." + c.question));
    cases.add(
        json(
            "k of 3.5",
            "PATCH",
            "api/organisations/" + c.org,
            "{\"anonymityThreshold\":3.5}",
            400,
            "anonymityThreshold"));
    cases.add(
        json(
            "k of 1",
            "PATCH",
            "api/organisations/" + c.org,
            "{\"anonymityThreshold\":1}",
            400,
            "anonymityThreshold"));
    cases.add(
        json(
            "a stale organisation version",
            "PATCH",
            "api/organisations/" + c.org,
            "{\"name\":\"Late\",\"version\":-1}",
            409,
            null));
    cases.add(
        json(
            "a stale initiative version",
            "PATCH",
            "api/initiatives/" + c.initiative,
            "{\"title\":\"Late\",\"version\":-1}",
            409,
            null));
    cases.add(
        json(
            "an unknown tier",
            "POST",
            "api/campaigns/" + c.campaign + "/invitations",
            "{\"departmentPath\":\"Sales\",\"tier\":\"BOARD\",\"count\":1}",
            400,
            "tier"));
    cases.add(
        json(
            "no department",
            "POST",
            "api/campaigns/" + c.campaign + "/invitations",
            "{\"departmentPath\":\"Nowhere\",\"tier\":\"LEADERSHIP\",\"count\":1}",
            400,
            "departmentPath"));
    cases.add(
        json(
            "a count of 0",
            "POST",
            "api/campaigns/" + c.campaign + "/invitations",
            "{\"departmentPath\":\"Sales\",\"tier\":\"LEADERSHIP\",\"count\":0}",
            400,
            "count"));
    cases.add(
        json(
            "an unknown role",
            "POST",
            "api/organisations/" + c.org + "/members",
            "{\"email\":\"" + c.user.email() + "\",\"role\":\"OWNER\"}",
            400,
            "role"));
    cases.add(
        json(
            "an unknown model",
            "POST",
            "api/organisations/" + c.org + "/campaigns",
            "{\"modelId\":\"no-such-model\",\"name\":\"W\"}",
            400,
            "modelId"));
    cases.add(
        json(
            "a due date before the start",
            "POST",
            "api/organisations/" + c.org + "/initiatives",
            "{\"title\":\"T\",\"startDate\":\"2027-05-01\",\"dueDate\":\"2027-04-01\"}",
            400,
            "dueDate"));
    cases.add(
        json(
            "a date that is not one",
            "POST",
            "api/initiatives/" + c.initiative + "/check-ins",
            "{\"date\":\"2027-02-30\",\"rag\":\"GREEN\"}",
            400,
            "date"));
    cases.add(
        json(
            "a milestone done perhaps",
            "PATCH",
            "api/initiatives/" + c.initiative,
            "{\"milestones\":[{\"title\":\"M\",\"done\":\"perhaps\"}]}",
            400,
            "milestones[0].done"));
    cases.add(
        json(
            "a KPI baseline as text",
            "PATCH",
            "api/initiatives/" + c.initiative,
            "{\"kpis\":[{\"name\":\"K\",\"baseline\":\"lots\"}]}",
            400,
            "kpis[0].baseline"));
    cases.add(
        json(
            "a null milestone",
            "PATCH",
            "api/initiatives/" + c.initiative,
            "{\"milestones\":[null]}",
            400,
            "milestones[0]"));
    cases.add(
        json(
            "101 milestones",
            "PATCH",
            "api/initiatives/" + c.initiative,
            "{\"milestones\":["
                + String.join(",", java.util.Collections.nCopies(101, "{\"title\":\"M\"}"))
                + "]}",
            400,
            "milestones"));
    cases.add(
        json(
            "a unit of 41 characters",
            "PATCH",
            "api/initiatives/" + c.initiative,
            "{\"kpis\":[{\"name\":\"K\",\"unit\":\"" + "u".repeat(41) + "\"}]}",
            400,
            "kpis[0].unit"));
    cases.add(
        json(
            "an e-mail that is not one",
            "POST",
            "api/users",
            "{\"email\":\"nobody\",\"name\":\"N\",\"password\":\"a-long-enough-password\"}",
            400,
            "email"));
    cases.add(
        json(
            "a short password",
            "POST",
            "api/users",
            "{\"email\":\"short-"
                + System.nanoTime()
                + "@example.org\",\"name\":\"N\",\"password\":\"short\"}",
            400,
            "password"));
    cases.add(
        json("an empty user edit body", "PATCH", "api/users/" + c.user.id(), "", 400, "body"));
    cases.add(json("an empty organisation body", "POST", "api/organisations", "", 400, "body"));
    cases.add(
        new BadInput(
            "text instead of JSON",
            "admin",
            "POST",
            "api/organisations",
            "text/plain",
            utf8("name=x"),
            415,
            null));
    cases.add(
        new BadInput(
            "a body over 2 MiB",
            "admin",
            "POST",
            "api/organisations",
            BadInput.JSON,
            utf8("{\"name\":\"" + "x".repeat(2_200_000) + "\"}"),
            413,
            null));
    cases.add(
        new BadInput(
            "an audit limit in words",
            "admin",
            "GET",
            "api/organisations/" + c.org + "/audit?limit=many",
            BadInput.JSON,
            null,
            400,
            "limit"));
    cases.add(
        new BadInput(
            "an audit limit of 0",
            "admin",
            "GET",
            "api/organisations/" + c.org + "/audit?limit=0",
            BadInput.JSON,
            null,
            400,
            "limit"));
    cases.add(
        new BadInput(
            "a delete version in words",
            "admin",
            "DELETE",
            "api/initiatives/" + c.initiative + "?version=abc",
            BadInput.JSON,
            null,
            400,
            "version"));
    cases.add(
        new BadInput(
            "a retention date in words",
            "admin",
            "POST",
            "api/admin/retention?asOf=tomorrow",
            BadInput.JSON,
            null,
            400,
            "asOf"));
    cases.add(
        new BadInput(
            "an import that is not JSON",
            "admin",
            "POST",
            "api/organisations/import",
            BadInput.JSON,
            utf8("not json"),
            400,
            "file"));
    cases.add(
        new BadInput(
            "an import that is an array",
            "admin",
            "POST",
            "api/organisations/import",
            BadInput.JSON,
            utf8("[]"),
            400,
            "file"));
    cases.add(
        new BadInput(
            "an import of a newer format",
            "admin",
            "POST",
            "api/organisations/import",
            BadInput.JSON,
            utf8("{\"formatVersion\":99}"),
            400,
            "formatVersion"));
    cases.add(
        new BadInput(
            "an import missing its parts",
            "admin",
            "POST",
            "api/organisations/import",
            BadInput.JSON,
            utf8("{\"formatVersion\":1}"),
            400,
            null));
    cases.add(
        new BadInput(
            "an empty import",
            "admin",
            "POST",
            "api/organisations/import",
            BadInput.JSON,
            new byte[0],
            400,
            "body"));
    return cases;
  }

  private static BadInput csv(String name, String path, String body, String field) {
    return new BadInput("CSV: " + name, "admin", "PUT", path, "text/csv", utf8(body), 400, field);
  }
}
