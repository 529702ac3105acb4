package org.cemtracker.audit.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cemtracker.audit.AuditEvent;

/**
 * An audit event as a person reads it: one sentence — who did what to which thing — and its
 * changes, field by field, in words ("Due date: 1 Mar 2027 → 1 Apr 2027").
 */
final class AuditSentence {

  private static final Map<String, String> VERBS =
      Map.ofEntries(
          Map.entry("CREATED", "created"),
          Map.entry("UPDATED", "changed"),
          Map.entry("DELETED", "deleted"),
          Map.entry("ADDED", "added"),
          Map.entry("REMOVED", "removed"),
          Map.entry("REPLACED", "replaced"),
          Map.entry("INVITED", "issued invitation links for"),
          Map.entry("PHASE_OPENED", "opened a phase of"),
          Map.entry("CLOSED", "closed"),
          Map.entry("PUBLISHED", "published the results of"),
          Map.entry("CHECKED_IN", "posted a check-in on"),
          Map.entry("MEASURED", "recorded a KPI value on"),
          Map.entry("EXPORTED", "exported"),
          Map.entry("IMPORTED", "imported"),
          Map.entry("OPEN_LINK_ISSUED", "issued an open link for"),
          Map.entry("SUMMARY_SHARED", "shared a read-only summary of"),
          Map.entry("SUMMARY_UNSHARED", "stopped sharing the summary of"),
          Map.entry("RAW_ANSWERS_DELETED", "deleted the raw answers of"),
          Map.entry("ORGANISATION_ERASED", "erased"));

  private static final Map<String, String> THINGS =
      Map.of(
          "initiative", "the initiative",
          "campaign", "the campaign",
          "membership", "the member",
          "organisation", "the organisation",
          "departments", "the departments of");

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditSentence() {}

  /** "admin@example.org closed the campaign “Wave 2”." */
  static String of(AuditEvent event) {
    return of(event.actorEmail(), event.action(), event.entity(), event.subject());
  }

  static String of(String actor, String action, String entity, String subject) {
    String verb = VERBS.getOrDefault(action, action.toLowerCase(Locale.ROOT).replace('_', ' '));
    String thing = THINGS.getOrDefault(entity, "the " + entity);
    String who = actor == null ? "The system" : actor;
    String what = subject == null || subject.isBlank() ? "" : " “" + subject + "”";
    return who + " " + verb + " " + thing + what + ".";
  }

  /** The changes, one line each: "Status: Proposed → Approved"; none when nothing was recorded. */
  static List<String> changes(String changes) {
    List<String> lines = new ArrayList<>();
    if (changes == null || changes.isBlank()) {
      return lines;
    }
    JsonNode object;
    try {
      object = JSON.readTree(changes);
    } catch (JsonProcessingException e) {
      lines.add("(the recorded changes cannot be read)");
      return lines;
    }
    object
        .fields()
        .forEachRemaining(
            field -> {
              String from = text(field.getValue().get("from"));
              String to = text(field.getValue().get("to"));
              lines.add(
                  words(field.getKey())
                      + ": "
                      + (from.isEmpty() ? to : from + " → " + (to.isEmpty() ? "—" : to)));
            });
    return lines;
  }

  /** "departmentPaths" → "Department paths". */
  static String words(String field) {
    String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(text(v)));
      return items.isEmpty() ? "none" : String.join(", ", items);
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "yes" : "no";
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }
}
