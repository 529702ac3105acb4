package org.cemtracker.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * An initiative as a caller describes it, before validation: dates, statuses and RAGs are text, so
 * that each mistake can be named by its field. For an edit, {@code given} says which fields were
 * sent (a field sent as null clears it); for a new initiative it is null and every field counts.
 */
public record InitiativeDraft(
    Set<String> given,
    Long version,
    String title,
    String description,
    String status,
    String rag,
    String ownerEmail,
    String sponsorEmail,
    List<String> dimensions,
    List<String> departmentPaths,
    String startDate,
    String dueDate,
    @Size(max = DraftRules.MAX_MILESTONES, message = AT_MOST)
        List<@NotNull(message = OBJECT) MilestoneDraft> milestones,
    @Size(max = DraftRules.MAX_KPIS, message = AT_MOST)
        List<@NotNull(message = OBJECT) @Valid KpiDraft> kpis,
    @Size(max = DraftRules.MAX_CHECK_INS, message = AT_MOST) List<CheckInDraft> checkIns) {

  static final String AT_MOST = "at most {max}";
  static final String OBJECT = "must be an object";

  public record MilestoneDraft(String id, String title, String dueDate, Boolean done) {}

  public record MeasurementDraft(String date, Double value) {}

  public record KpiDraft(
      String id,
      String name,
      @Size(max = 40, message = "at most {max} characters") String unit,
      Double baseline,
      Double target,
      @Size(max = DraftRules.MAX_MEASUREMENTS, message = AT_MOST)
          List<MeasurementDraft> measurements) {}

  public record CheckInDraft(String id, String date, String rag, String note, String authorEmail) {}

  /** The same values, as an edit that gave exactly these fields. */
  public InitiativeDraft withGiven(Set<String> fields) {
    return new InitiativeDraft(
        Set.copyOf(fields),
        version,
        title,
        description,
        status,
        rag,
        ownerEmail,
        sponsorEmail,
        dimensions,
        departmentPaths,
        startDate,
        dueDate,
        milestones,
        kpis,
        checkIns);
  }

  /** The same values with another owner. */
  public InitiativeDraft withOwner(String email) {
    return new InitiativeDraft(
        given,
        version,
        title,
        description,
        status,
        rag,
        email,
        sponsorEmail,
        dimensions,
        departmentPaths,
        startDate,
        dueDate,
        milestones,
        kpis,
        checkIns);
  }

  /** Whether the caller gave this field (for a new initiative: whether it is not null). */
  public boolean has(String field, Object value) {
    return given == null ? value != null : given.contains(field);
  }
}
