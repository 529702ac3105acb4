package org.cemtracker.initiative;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cemtracker.base.Validation;
import org.cemtracker.initiative.Initiative.KpiPlan;
import org.cemtracker.initiative.Initiative.MilestonePlan;
import org.cemtracker.initiative.InitiativeDraft.CheckInDraft;
import org.cemtracker.initiative.InitiativeDraft.KpiDraft;
import org.cemtracker.initiative.InitiativeDraft.MeasurementDraft;
import org.cemtracker.initiative.InitiativeDraft.MilestoneDraft;

/**
 * Checks a whole draft against the organisation — its members, departments and the models'
 * dimensions — and names every wrong field before anything changes; then applies it.
 */
final class DraftRules {

  static final int MAX_MILESTONES = 100;
  static final int MAX_KPIS = 50;
  static final int MAX_MEASUREMENTS = 1000;
  static final int MAX_CHECK_INS = 1000;

  /** What a draft is checked against: member e-mails to user ids, dimension ids, paths. */
  record Context(Map<String, String> memberIds, Set<String> dimensions, Set<String> departments) {

    /** For checks that refer to nothing of the organisation (a check-in, a measurement). */
    static final Context NONE = new Context(Map.of(), Set.of(), Set.of());
  }

  private final Context context;
  private final Validation validation = new Validation();
  private final List<Runnable> changes = new ArrayList<>();

  DraftRules(Context context) {
    this.context = context;
  }

  /**
   * Validates the draft and, if it is valid, applies it to the initiative (a new one when {@code
   * creating}); throws the whole list of invalid fields otherwise. A status move the board does not
   * allow is a conflict, raised by the initiative itself.
   */
  void apply(Initiative initiative, InitiativeDraft draft, boolean creating, String author) {
    validation.constraints(draft);
    if (creating
        || draft.has("title", draft.title())
        || draft.has("description", draft.description())) {
      String title =
          draft.has("title", draft.title()) || creating ? draft.title() : initiative.title();
      String description =
          draft.has("description", draft.description())
              ? draft.description()
              : initiative.description();
      validation.text(title, "title", 200);
      validation.require(
          description == null || description.length() <= 10000,
          "description",
          "must be at most 10000 characters");
      changes.add(() -> initiative.describe(title.trim(), description));
    }
    status(initiative, draft, creating);
    if (draft.has("rag", draft.rag())) {
      Rag rag = parse(Rag.class, draft.rag(), "rag", "GREEN, AMBER or RED");
      changes.add(() -> initiative.rate(rag));
    }
    people(initiative, draft);
    targets(initiative, draft);
    dates(initiative, draft);
    if (draft.has("milestones", draft.milestones())) {
      List<MilestonePlan> plans = milestones(draft.milestones());
      changes.add(() -> initiative.replaceMilestones(plans));
    }
    if (draft.has("kpis", draft.kpis())) {
      List<KpiPlan> plans = kpis(draft.kpis());
      changes.add(() -> initiative.replaceKpis(plans));
    }
    if (draft.has("checkIns", draft.checkIns())) {
      checkIns(initiative, draft.checkIns(), author);
    }
    validation.check();
    changes.forEach(Runnable::run);
  }

  private void status(Initiative initiative, InitiativeDraft draft, boolean creating) {
    if (!draft.has("status", draft.status())) {
      return;
    }
    InitiativeStatus status =
        parse(
            InitiativeStatus.class,
            draft.status(),
            "status",
            "PROPOSED, APPROVED, IN_PROGRESS, BLOCKED, DONE or CANCELLED");
    validation.require(
        !creating || status == null || status.isStart(),
        "status",
        "a new initiative starts as PROPOSED, APPROVED or IN_PROGRESS");
    if (status != null && creating && status.isStart()) {
      changes.add(() -> initiative.startAs(status));
    } else if (status != null && !creating) {
      changes.add(0, () -> initiative.moveTo(status));
    }
  }

  private void people(Initiative initiative, InitiativeDraft draft) {
    boolean owner = draft.has("ownerEmail", draft.ownerEmail());
    boolean sponsor = draft.has("sponsorEmail", draft.sponsorEmail());
    if (!owner && !sponsor) {
      return;
    }
    String ownerId = owner ? member(draft.ownerEmail(), "ownerEmail") : initiative.ownerId();
    String sponsorId =
        sponsor ? member(draft.sponsorEmail(), "sponsorEmail") : initiative.sponsorId();
    changes.add(() -> initiative.assign(ownerId, sponsorId));
  }

  private String member(String email, String field) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String id = context.memberIds().get(email.trim().toLowerCase(Locale.ROOT));
    validation.require(id != null, field, "no member of this organisation has the e-mail " + email);
    return id;
  }

  private void targets(Initiative initiative, InitiativeDraft draft) {
    boolean dims = draft.has("dimensions", draft.dimensions());
    boolean paths = draft.has("departmentPaths", draft.departmentPaths());
    if (!dims && !paths) {
      return;
    }
    List<String> dimensions =
        dims
            ? distinct(draft.dimensions(), "dimensions", context.dimensions(), "no dimension")
            : initiative.dimensions();
    List<String> departments =
        paths
            ? distinct(
                draft.departmentPaths(),
                "departmentPaths",
                context.departments(),
                "no department in this organisation at")
            : initiative.departmentPaths();
    changes.add(() -> initiative.target(dimensions, departments));
  }

  private List<String> distinct(
      List<String> values, String field, Set<String> known, String unknown) {
    List<String> result = new ArrayList<>();
    if (values == null) {
      return result;
    }
    validation.require(values.size() <= 100, field, "at most 100");
    for (int i = 0; i < values.size() && i < 100; i++) {
      String value = values.get(i) == null ? "" : values.get(i).trim();
      validation.require(
          known.contains(value), field + "[" + i + "]", unknown + " '" + value + "'");
      if (!result.contains(value)) {
        result.add(value);
      }
    }
    return result;
  }

  private void dates(Initiative initiative, InitiativeDraft draft) {
    boolean start = draft.has("startDate", draft.startDate());
    boolean due = draft.has("dueDate", draft.dueDate());
    if (!start && !due) {
      return;
    }
    LocalDate startDate = start ? date(draft.startDate(), "startDate") : initiative.startDate();
    LocalDate dueDate = due ? date(draft.dueDate(), "dueDate") : initiative.dueDate();
    validation.require(
        startDate == null || dueDate == null || !dueDate.isBefore(startDate),
        "dueDate",
        "must not be before the start date " + startDate);
    changes.add(() -> initiative.schedule(startDate, dueDate));
  }

  private List<MilestonePlan> milestones(List<MilestoneDraft> drafts) {
    List<MilestonePlan> plans = new ArrayList<>();
    for (int i = 0; i < drafts.size() && i < MAX_MILESTONES; i++) {
      MilestoneDraft m = drafts.get(i);
      String field = "milestones[" + i + "]";
      if (m == null) {
        continue;
      }
      validation.text(m.title(), field + ".title", 200);
      plans.add(
          new MilestonePlan(
              m.id(),
              m.title() == null ? null : m.title().trim(),
              date(m.dueDate(), field + ".dueDate"),
              Boolean.TRUE.equals(m.done())));
    }
    return plans;
  }

  private List<KpiPlan> kpis(List<KpiDraft> drafts) {
    List<KpiPlan> plans = new ArrayList<>();
    for (int i = 0; i < drafts.size() && i < MAX_KPIS; i++) {
      KpiDraft k = drafts.get(i);
      String field = "kpis[" + i + "]";
      if (k == null) {
        continue;
      }
      validation.text(k.name(), field + ".name", 200);
      finite(k.baseline(), field + ".baseline");
      finite(k.target(), field + ".target");
      plans.add(
          new KpiPlan(
              k.id(),
              k.name() == null ? null : k.name().trim(),
              k.unit() == null || k.unit().isBlank() ? null : k.unit().trim(),
              k.baseline(),
              k.target(),
              k.measurements() == null ? null : measurements(k.measurements(), field)));
    }
    return plans;
  }

  private List<Measurement> measurements(List<MeasurementDraft> drafts, String kpiField) {
    List<Measurement> result = new ArrayList<>();
    for (int i = 0; i < drafts.size() && i < MAX_MEASUREMENTS; i++) {
      MeasurementDraft m = drafts.get(i);
      String field = kpiField + ".measurements[" + i + "]";
      LocalDate day = m == null ? null : date(m.date(), field + ".date");
      validation.require(
          m != null && day != null, field + ".date", "must be a date like 2027-03-31");
      validation.require(
          m != null && m.value() != null && Double.isFinite(m.value()),
          field + ".value",
          "must be a number");
      if (day != null && m.value() != null) {
        result.add(new Measurement(day, m.value()));
      }
    }
    return result;
  }

  /** Check-ins are a record: existing ones stay as they are, new ones (without id) are added. */
  private void checkIns(Initiative initiative, List<CheckInDraft> drafts, String author) {
    Set<String> kept = new HashSet<>();
    for (int i = 0; i < drafts.size() && i < MAX_CHECK_INS; i++) {
      CheckInDraft c = drafts.get(i);
      String field = "checkIns[" + i + "]";
      if (c != null && c.id() != null) {
        validation.require(
            initiative.checkIns().stream().anyMatch(x -> x.id().equals(c.id())),
            field + ".id",
            "no check-in " + c.id() + " here");
        kept.add(c.id());
        continue;
      }
      if (c == null) {
        validation.require(false, field, "must be an object");
        continue;
      }
      NewCheckIn checkIn = checkIn(c.date(), c.rag(), c.note(), field);
      changes.add(() -> initiative.checkIn(checkIn.date(), checkIn.rag(), checkIn.note(), author));
    }
    validation.require(
        initiative.checkIns().stream().allMatch(x -> kept.contains(x.id())),
        "checkIns",
        "check-ins are a record: list the existing ones by id; none can be removed or changed");
  }

  record NewCheckIn(LocalDate date, Rag rag, String note) {}

  NewCheckIn checkIn(String date, String rag, String note, String field) {
    String prefix = field == null ? "" : field + ".";
    LocalDate day = date(date, prefix + "date");
    validation.require(day != null, prefix + "date", "must be a date like 2027-03-31");
    Rag parsed = parse(Rag.class, rag, prefix + "rag", "GREEN, AMBER or RED");
    validation.require(
        note == null || note.length() <= 4000, prefix + "note", "must be at most 4000 characters");
    return new NewCheckIn(day, parsed, note == null || note.isBlank() ? null : note.trim());
  }

  /** A KPI's value on a day; null if either is wrong (and then named). */
  Measurement measurement(String date, Double value) {
    LocalDate day = date(date, "date");
    validation.require(day != null, "date", "must be a date like 2027-03-31");
    validation.require(value != null && Double.isFinite(value), "value", "must be a number");
    return day == null || value == null ? null : new Measurement(day, value);
  }

  void check() {
    validation.check();
  }

  private void finite(Double value, String field) {
    validation.require(value == null || Double.isFinite(value), field, "must be a finite number");
  }

  LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      validation.require(false, field, "must be a date like 2027-03-31");
      return null;
    }
  }

  private <E extends Enum<E>> E parse(Class<E> type, String text, String field, String allowed) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      validation.require(false, field, "must be " + allowed);
      return null;
    }
  }
}
