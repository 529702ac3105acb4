package org.cemtracker.initiative.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cemtracker.base.rest.Bodies;
import org.cemtracker.initiative.InitiativeDraft;
import org.cemtracker.initiative.InitiativeService.Entry;

/** The JSON shapes of initiatives (API.md, "An initiative"). */
public final class InitiativeViews {

  private InitiativeViews() {}

  static final Set<String> FIELDS =
      Set.of(
          "title",
          "description",
          "status",
          "rag",
          "ownerEmail",
          "sponsorEmail",
          "dimensions",
          "departmentPaths",
          "startDate",
          "dueDate",
          "milestones",
          "kpis",
          "checkIns");

  static final Set<String> PATCH_FIELDS = union(FIELDS, "version");

  private static Set<String> union(Set<String> fields, String extra) {
    HashSet<String> all = new HashSet<>(fields);
    all.add(extra);
    return Set.copyOf(all);
  }

  /**
   * An initiative from a request body: only its fields are accepted (a misspelt one is named), and
   * an edit remembers which fields it gave, so that a field sent as null is cleared.
   */
  static InitiativeDraft read(JsonNode json, boolean patch) {
    JsonNode object = Bodies.object(json, patch ? PATCH_FIELDS : FIELDS, "an initiative");
    InitiativeDraft draft = Bodies.bind(object, InitiativeDraft.class);
    Set<String> given = new HashSet<>();
    object.fieldNames().forEachRemaining(given::add);
    return patch ? draft.withGiven(given) : draft;
  }

  public record CheckInBody(String date, String rag, String note) {}

  public record MeasurementBody(String date, Double value) {}

  public record MilestoneBody(Boolean done) {}

  public record MilestoneView(String id, String title, LocalDate dueDate, boolean done) {}

  public record MeasurementView(LocalDate date, double value) {}

  public record KpiView(
      String id,
      String name,
      String unit,
      Double baseline,
      Double target,
      Double progress,
      List<MeasurementView> measurements) {}

  public record CheckInView(
      String id, LocalDate date, String rag, String note, String authorEmail) {}

  public record InitiativeView(
      String id,
      long version,
      String orgId,
      String title,
      String description,
      String status,
      List<String> allowedStatuses,
      String rag,
      String ownerEmail,
      String sponsorEmail,
      List<String> dimensions,
      List<String> departmentPaths,
      LocalDate startDate,
      LocalDate dueDate,
      List<MilestoneView> milestones,
      List<KpiView> kpis,
      List<CheckInView> checkIns,
      boolean editable,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt) {

    static InitiativeView of(Entry entry) {
      var i = entry.initiative();
      return new InitiativeView(
          i.id(),
          i.version(),
          i.organisationId(),
          i.title(),
          i.description(),
          i.status().name(),
          i.status().next().stream().map(Enum::name).sorted().toList(),
          i.rag().name(),
          entry.ownerEmail(),
          entry.sponsorEmail(),
          i.dimensions(),
          i.departmentPaths(),
          i.startDate(),
          i.dueDate(),
          i.milestones().stream()
              .map(m -> new MilestoneView(m.id(), m.title(), m.dueDate(), m.done()))
              .toList(),
          i.kpis().stream()
              .map(
                  k ->
                      new KpiView(
                          k.id(),
                          k.name(),
                          k.unit(),
                          k.baseline(),
                          k.target(),
                          k.progress(),
                          k.measurements().stream()
                              .map(m -> new MeasurementView(m.date(), m.value()))
                              .toList()))
              .toList(),
          i.checkIns().stream()
              .map(
                  c -> new CheckInView(c.id(), c.date(), c.rag().name(), c.note(), c.authorEmail()))
              .toList(),
          entry.editable(),
          i.createdAt(),
          i.updatedAt());
    }
  }
}
