package org.cemtracker.campaign;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemtracker.base.Validation;
import org.cemtracker.model.Tier;

/**
 * Checks a plan against the campaign as it stands: every field that is wrong is named at once, in
 * the client's terms. Phases open top-down, each no earlier than the one above it; the close comes
 * after every planned opening; reminders fall before the close and after now.
 */
final class PlanCheck {

  static final int MAX_REMINDERS = 5;
  static final int MAX_REMINDER_DAYS = 60;
  static final int MAX_YEARS_AHEAD = 10;

  /** A plan that passed: moments parsed, department targets by department id. */
  record Checked(
      Map<Tier, OffsetDateTime> opens,
      OffsetDateTime closes,
      List<Integer> remindDaysBefore,
      int target,
      Map<String, Integer> departmentTargets) {}

  private final Map<Tier, OffsetDateTime> opened;
  private final Map<String, String> departmentIds;
  private final OffsetDateTime now;
  private final Validation validation = new Validation();

  /**
   * @param opened when each phase opened, for those that did
   * @param departmentIds the campaign's departments, path → id
   * @param now the moment the plan is saved
   */
  PlanCheck(
      Map<Tier, OffsetDateTime> opened, Map<String, String> departmentIds, OffsetDateTime now) {
    this.opened = opened;
    this.departmentIds = departmentIds;
    this.now = now;
  }

  Checked check(CampaignPlans.PlanRequest request) {
    Map<Tier, OffsetDateTime> opens = opens(request.opens() == null ? Map.of() : request.opens());
    OffsetDateTime closes = moment(request.closes(), "closes");
    if (closes != null) {
      validation.require(closes.isAfter(now), "closes", "must be in the future");
      validation.require(
          opened.containsKey(Tier.values()[0]) || opens.containsKey(Tier.values()[0]),
          "closes",
          "the " + name(Tier.values()[0]) + " phase is neither open nor planned: plan it too");
      for (Map.Entry<Tier, OffsetDateTime> open : opens.entrySet()) {
        validation.require(
            closes.isAfter(open.getValue()),
            "closes",
            "must be after the " + name(open.getKey()) + " phase opens");
      }
    }
    List<Integer> reminders = reminders(request.remindDaysBefore(), closes);
    int target = request.target() == null ? Campaign.DEFAULT_TARGET : request.target();
    validation.require(
        target >= 1 && target <= 100, "target", "must be a percentage from 1 to 100");
    Map<String, Integer> targets = new LinkedHashMap<>();
    if (request.departmentTargets() != null
        && request.departmentTargets().size() > departmentIds.size()) {
      validation.require(
          false,
          "departmentTargets",
          "more targets than the campaign's " + departmentIds.size() + " departments");
    } else if (request.departmentTargets() != null) {
      request
          .departmentTargets()
          .forEach(
              (path, percent) -> {
                String field = "departmentTargets." + path;
                String id = departmentIds.get(path == null ? "" : path.trim());
                validation.require(
                    id != null, field, "no department " + path + " in this campaign");
                validation.require(
                    percent != null && percent >= 1 && percent <= 100,
                    field,
                    "must be a percentage from 1 to 100");
                if (id != null && percent != null) {
                  targets.put(id, percent);
                }
              });
    }
    validation.check();
    return new Checked(opens, closes, reminders, target, targets);
  }

  private Map<Tier, OffsetDateTime> opens(Map<String, String> requested) {
    Map<Tier, OffsetDateTime> opens = new EnumMap<>(Tier.class);
    for (Map.Entry<String, String> entry : requested.entrySet()) {
      String field = "opens." + entry.getKey();
      Tier tier = CampaignService.tierOrNull(entry.getKey());
      validation.require(tier != null, field, "not a phase: LEADERSHIP, MANAGEMENT or STAFF");
      boolean given = entry.getValue() != null && !entry.getValue().isBlank();
      validation.require(given, field, "give a moment, or leave the phase out to open it by hand");
      OffsetDateTime at = moment(entry.getValue(), field);
      if (tier == null || at == null) {
        continue;
      }
      validation.require(
          opened.get(tier) == null, field, "the " + name(tier) + " phase is open already");
      validation.require(at.isAfter(now), field, "must be in the future");
      opens.put(tier, at);
    }
    OffsetDateTime above = null;
    for (Tier tier : Tier.values()) {
      OffsetDateTime at = opened.containsKey(tier) ? opened.get(tier) : opens.get(tier);
      if (opens.containsKey(tier) && tier.ordinal() > 0) {
        Tier higher = Tier.values()[tier.ordinal() - 1];
        validation.require(
            above != null,
            "opens." + tier.name(),
            "phases open top-down: plan or open the " + name(higher) + " phase first");
        validation.require(
            above == null || !at.isBefore(above),
            "opens." + tier.name(),
            "must not be before the " + name(higher) + " phase opens");
      }
      above = at;
    }
    return opens;
  }

  private List<Integer> reminders(List<Integer> days, OffsetDateTime closes) {
    List<Integer> reminders = new ArrayList<>();
    if (days == null || days.isEmpty()) {
      return reminders;
    }
    validation.require(closes != null, "remindDaysBefore", "reminders need a close date");
    if (days.size() > MAX_REMINDERS) {
      validation.require(false, "remindDaysBefore", "at most " + MAX_REMINDERS + " reminders");
      return reminders;
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      Integer d = days.get(i);
      String field = "remindDaysBefore[" + i + "]";
      boolean valid = d != null && d >= 1 && d <= MAX_REMINDER_DAYS;
      validation.require(valid, field, "must be a number of days from 1 to " + MAX_REMINDER_DAYS);
      validation.require(!valid || seen.add(d), field, d + " days is planned twice");
      if (valid && closes != null) {
        validation.require(
            closes.minusDays(d).isAfter(now),
            field,
            d + (d == 1 ? " day" : " days") + " before the close is already past");
        reminders.add(d);
      }
    }
    reminders.sort((a, b) -> b - a);
    return reminders;
  }

  private OffsetDateTime moment(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      OffsetDateTime at = OffsetDateTime.parse(text.trim());
      boolean near = at.isBefore(now.plusYears(MAX_YEARS_AHEAD));
      validation.require(near, field, "must be within " + MAX_YEARS_AHEAD + " years from now");
      return near ? at : null;
    } catch (DateTimeParseException e) {
      validation.require(false, field, "must be a moment such as 2030-01-31T17:00:00+01:00");
      return null;
    }
  }

  private static String name(Tier tier) {
    return tier.name().toLowerCase();
  }
}
