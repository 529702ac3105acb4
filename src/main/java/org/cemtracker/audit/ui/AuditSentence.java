package org.cemtracker.audit.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cemtracker.audit.AuditEvent;
import org.cemtracker.base.ui.Tr;

/**
 * An audit event as a person reads it: one sentence — who did what to which thing — and its
 * changes, field by field, in words ("Due date: 1 Mar 2027 → 1 Apr 2027").
 *
 * <p>Each known action has its own sentence pattern ({@code audit.sentence.<ACTION>}): {0} is who,
 * {1} the thing as the direct object ("the campaign “Wave 2”"), {2} the thing as it follows "of"
 * (German genitive "der Kampagne", French "de la campagne"); a pattern uses the one its grammar
 * needs. An action or entity without a pattern is written from its code.
 */
final class AuditSentence {

  /** The actions that have a sentence of their own in the bundle. */
  private static final Set<String> ACTIONS =
      Set.of(
          "CREATED",
          "UPDATED",
          "DELETED",
          "ADDED",
          "REMOVED",
          "REPLACED",
          "INVITED",
          "PHASE_OPENED",
          "CLOSED",
          "PUBLISHED",
          "CHECKED_IN",
          "MEASURED",
          "EXPORTED",
          "IMPORTED",
          "OPEN_LINK_ISSUED",
          "SUMMARY_SHARED",
          "SUMMARY_UNSHARED",
          "RAW_ANSWERS_DELETED",
          "ORGANISATION_ERASED",
          "RATED",
          "UNRATED",
          "REVIEW_PUBLISHED",
          "REVIEW_WITHDRAWN",
          "REMINDED",
          "REMINDERS_ASKED",
          "PLANNED");

  /** The entities that have a name of their own in the bundle. */
  private static final Set<String> THINGS =
      Set.of("initiative", "campaign", "membership", "organisation", "departments", "review");

  /** The recorded fields that have a name of their own in the bundle; others are put in words. */
  private static final Set<String> FIELDS =
      Set.of(
          "added",
          "anonymityThreshold",
          "answers",
          "byEmail",
          "campaigns",
          "checkIns",
          "closes",
          "commentThreshold",
          "departmentPath",
          "departmentPaths",
          "departmentTargets",
          "departments",
          "description",
          "dimensions",
          "dueDate",
          "email",
          "industry",
          "initiatives",
          "invitations",
          "kpis",
          "links",
          "members",
          "milestones",
          "model",
          "name",
          "openLink",
          "opens.LEADERSHIP",
          "opens.MANAGEMENT",
          "opens.STAFF",
          "outcome",
          "ownerEmail",
          "phase",
          "phases",
          "rag",
          "remindDaysBefore",
          "removed",
          "responses",
          "retentionMonths",
          "review",
          "role",
          "sponsorEmail",
          "startDate",
          "status",
          "summaryLink",
          "target",
          "tier",
          "title");

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditSentence() {}

  /** "admin@example.org closed the campaign “Wave 2”." */
  static String of(AuditEvent event) {
    return of(event.actorEmail(), event.action(), event.entity(), event.subject());
  }

  static String of(String actor, String action, String entity, String subject) {
    String who = actor == null ? Tr.t("audit.sentence.system") : actor;
    String what =
        subject == null || subject.isBlank() ? "" : " " + Tr.t("audit.sentence.quoted", subject);
    String thing =
        (THINGS.contains(entity)
                ? Tr.t("audit.thing." + entity)
                : Tr.t("audit.thing.other", entity))
            + what;
    String thingOf =
        (THINGS.contains(entity)
                ? Tr.t("audit.thing.of." + entity)
                : Tr.t("audit.thing.of.other", entity))
            + what;
    return ACTIONS.contains(action)
        ? Tr.t("audit.sentence." + action, who, thing, thingOf)
        : Tr.t(
            "audit.sentence.other",
            who,
            thing,
            thingOf,
            action.toLowerCase(Locale.ROOT).replace('_', ' '));
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
      lines.add(Tr.t("audit.changes.unreadable"));
      return lines;
    }
    object
        .fields()
        .forEachRemaining(
            field -> {
              String from = text(field.getValue().get("from"));
              String to = text(field.getValue().get("to"));
              lines.add(
                  name(field.getKey())
                      + ": "
                      + (from.isEmpty() ? to : from + " → " + (to.isEmpty() ? "—" : to)));
            });
    return lines;
  }

  /** A field's name: the bundle's where it has one, else its code in words. */
  private static String name(String field) {
    return FIELDS.contains(field) ? Tr.t("audit.field." + field) : words(field);
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
      return items.isEmpty() ? Tr.t("audit.changes.none") : String.join(", ", items);
    }
    if (value.isBoolean()) {
      return Tr.t(value.booleanValue() ? "audit.changes.yes" : "audit.changes.no");
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }
}
