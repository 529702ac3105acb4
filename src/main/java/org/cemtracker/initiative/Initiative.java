package org.cemtracker.initiative;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cemtracker.base.Problem;

/**
 * A transformation initiative (DESIGN §2), the aggregate of its milestones, KPIs and check-ins.
 * Every change goes through this class, which keeps the status moves legal, the due date after the
 * start and the RAG equal to the newest check-in's; each change bumps {@link #version()}, so an
 * edit made from a stale copy is refused.
 */
@Entity
@Table(name = "initiative")
public class Initiative {

  /** A milestone as planned; {@code id} names an existing one to keep, null adds one. */
  public record MilestonePlan(String id, String title, LocalDate dueDate, boolean done) {}

  /**
   * A KPI as planned; {@code id} names an existing one to keep, null adds one; null measurements
   * keep the existing ones.
   */
  public record KpiPlan(
      String id,
      String name,
      String unit,
      Double baseline,
      Double target,
      List<Measurement> measurements) {}

  @Id private String id;

  @Column(name = "organisation_id")
  private String organisationId;

  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private InitiativeStatus status;

  @Enumerated(EnumType.STRING)
  private Rag rag;

  @Column(name = "owner_id")
  private String ownerId;

  @Column(name = "sponsor_id")
  private String sponsorId;

  /** Dimension ids, one per line. */
  private String dimensions;

  /** Department paths, one per line. */
  @Column(name = "department_paths")
  private String departmentPaths;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  @OneToMany(
      mappedBy = "initiative",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<Milestone> milestones = new ArrayList<>();

  @OneToMany(
      mappedBy = "initiative",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<Kpi> kpis = new ArrayList<>();

  @OneToMany(
      mappedBy = "initiative",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("date, createdAt")
  private List<CheckIn> checkIns = new ArrayList<>();

  protected Initiative() {}

  public Initiative(String organisationId, String title, InitiativeStatus status) {
    this.id = UUID.randomUUID().toString();
    this.organisationId = organisationId;
    this.title = title;
    this.status = status;
    this.rag = Rag.GREEN;
    this.createdAt = now();
    this.updatedAt = createdAt;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Marks the aggregate changed, so that its version moves even when only a part changed. */
  private void touch() {
    updatedAt = now();
  }

  public void describe(String title, String description) {
    this.title = title;
    this.description = description == null || description.isBlank() ? null : description;
    touch();
  }

  public void assign(String ownerId, String sponsorId) {
    this.ownerId = ownerId;
    this.sponsorId = sponsorId;
    touch();
  }

  public void target(List<String> dimensionIds, List<String> paths) {
    this.dimensions = join(dimensionIds);
    this.departmentPaths = join(paths);
    touch();
  }

  public void schedule(LocalDate start, LocalDate due) {
    if (start != null && due != null && due.isBefore(start)) {
      throw Problem.invalid("dueDate", "must not be before the start date " + start);
    }
    this.startDate = start;
    this.dueDate = due;
    touch();
  }

  /** Moves to another status; a move the board does not allow is a conflict with the state. */
  public void moveTo(InitiativeStatus target) {
    if (!status.mayMoveTo(target)) {
      throw Problem.conflict(
          "An initiative that is "
              + status.label().toLowerCase()
              + " cannot become "
              + target.label().toLowerCase()
              + "; it can become: "
              + String.join(", ", status.next().stream().map(InitiativeStatus::name).toList()));
    }
    if (target != status) {
      status = target;
      touch();
    }
  }

  /** Sets a new initiative's first status: work that exists already can be recorded as such. */
  void startAs(InitiativeStatus start) {
    if (!start.isStart()) {
      throw Problem.invalid(
          "status", "a new initiative starts as PROPOSED, APPROVED or IN_PROGRESS");
    }
    status = start;
  }

  public void rate(Rag rag) {
    this.rag = rag;
    touch();
  }

  public void replaceMilestones(List<MilestonePlan> plans) {
    Map<String, Milestone> existing = new HashMap<>();
    milestones.forEach(m -> existing.put(m.id(), m));
    List<Milestone> next = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      MilestonePlan plan = plans.get(i);
      Milestone milestone =
          plan.id() == null
              ? new Milestone(this, plan.title(), null, false)
              : existing.get(plan.id());
      if (milestone == null) {
        throw Problem.invalid("milestones[" + i + "].id", "no milestone " + plan.id() + " here");
      }
      milestone.update(i, plan.title(), plan.dueDate(), plan.done());
      next.add(milestone);
    }
    milestones.clear();
    milestones.addAll(next);
    touch();
  }

  public void replaceKpis(List<KpiPlan> plans) {
    Map<String, Kpi> existing = new HashMap<>();
    kpis.forEach(k -> existing.put(k.id(), k));
    List<Kpi> next = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      KpiPlan plan = plans.get(i);
      Kpi kpi = plan.id() == null ? new Kpi(this, plan.name()) : existing.get(plan.id());
      if (kpi == null) {
        throw Problem.invalid("kpis[" + i + "].id", "no KPI " + plan.id() + " here");
      }
      kpi.update(i, plan.name(), plan.unit(), plan.baseline(), plan.target());
      if (plan.measurements() != null) {
        kpi.replaceMeasurements(plan.measurements());
      }
      next.add(kpi);
    }
    kpis.clear();
    kpis.addAll(next);
    touch();
  }

  /** Adds a check-in; the initiative's RAG becomes that of its newest check-in. */
  public CheckIn checkIn(LocalDate date, Rag rag, String note, String authorEmail) {
    CheckIn checkIn = new CheckIn(this, date, rag, note, authorEmail);
    checkIns.add(checkIn);
    this.rag = checkIns().get(checkIns.size() - 1).rag();
    touch();
    return checkIn;
  }

  public void markMilestone(String milestoneId, boolean done) {
    milestone(milestoneId).markDone(done);
    touch();
  }

  public void measure(String kpiId, LocalDate date, double value) {
    kpis.stream()
        .filter(k -> k.id().equals(kpiId))
        .findFirst()
        .orElseThrow(() -> Problem.notFound("KPI " + kpiId))
        .record(new Measurement(date, value));
    touch();
  }

  private Milestone milestone(String milestoneId) {
    return milestones.stream()
        .filter(m -> m.id().equals(milestoneId))
        .findFirst()
        .orElseThrow(() -> Problem.notFound("Milestone " + milestoneId));
  }

  private static String join(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join("\n", values);
  }

  private static List<String> split(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split("\n"));
  }

  /** Whether the initiative targets this department, itself or as part of a targeted one. */
  public boolean targets(String departmentPath) {
    return split(departmentPaths).stream()
        .anyMatch(p -> departmentPath.equals(p) || departmentPath.startsWith(p + "/"));
  }

  public String id() {
    return id;
  }

  public String organisationId() {
    return organisationId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public InitiativeStatus status() {
    return status;
  }

  public Rag rag() {
    return rag;
  }

  public String ownerId() {
    return ownerId;
  }

  public String sponsorId() {
    return sponsorId;
  }

  public List<String> dimensions() {
    return split(dimensions);
  }

  public List<String> departmentPaths() {
    return split(departmentPaths);
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  public List<Kpi> kpis() {
    return List.copyOf(kpis);
  }

  /** Oldest first. */
  public List<CheckIn> checkIns() {
    return checkIns.stream()
        .sorted(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::createdAt))
        .toList();
  }
}
