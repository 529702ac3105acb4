package org.cemtracker.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Stores initiatives without a caller, for the demo data seeded at start-up. */
@ApplicationScoped
public class InitiativeSeeding {

  @Inject InitiativeRepository initiatives;

  /** A KPI with its measurements, oldest first, a month apart and ending last month. */
  public record SeedKpi(
      String name, String unit, double baseline, double target, List<Double> values) {}

  /** A milestone due some days from today (negative: in the past). */
  public record SeedMilestone(String title, int dueInDays, boolean done) {}

  /** A check-in some days ago. */
  public record SeedCheckIn(int daysAgo, Rag rag, String note) {}

  public record Seed(
      String title,
      String description,
      InitiativeStatus status,
      List<String> dimensions,
      List<String> departmentPaths,
      Integer startInDays,
      Integer dueInDays,
      List<SeedMilestone> milestones,
      List<SeedKpi> kpis,
      List<SeedCheckIn> checkIns) {}

  @Transactional
  public void seed(String organisationId, List<Seed> seeds) {
    LocalDate today = LocalDate.now();
    for (Seed seed : seeds) {
      Initiative initiative =
          new Initiative(organisationId, seed.title(), InitiativeStatus.PROPOSED);
      initiative.describe(seed.title(), seed.description());
      initiative.target(seed.dimensions(), seed.departmentPaths());
      initiative.schedule(
          seed.startInDays() == null ? null : today.plusDays(seed.startInDays()),
          seed.dueInDays() == null ? null : today.plusDays(seed.dueInDays()));
      initiative.replaceMilestones(
          seed.milestones().stream()
              .map(
                  m ->
                      new Initiative.MilestonePlan(
                          null, m.title(), today.plusDays(m.dueInDays()), m.done()))
              .toList());
      initiative.replaceKpis(
          seed.kpis().stream()
              .map(
                  k -> {
                    List<Measurement> values = new java.util.ArrayList<>();
                    for (int i = 0; i < k.values().size(); i++) {
                      values.add(
                          new Measurement(
                              today.minusMonths(k.values().size() - i), k.values().get(i)));
                    }
                    return new Initiative.KpiPlan(
                        null, k.name(), k.unit(), k.baseline(), k.target(), values);
                  })
              .toList());
      for (SeedCheckIn c : seed.checkIns()) {
        initiative.checkIn(
            today.minusDays(c.daysAgo()), c.rag(), c.note(), "demo@cem-tracker.example");
      }
      moveAlong(initiative, seed.status());
      initiatives.store(initiative);
    }
  }

  /** Walks the board's moves from "proposed" to the seed's status. */
  private static void moveAlong(Initiative initiative, InitiativeStatus target) {
    List<InitiativeStatus> path =
        switch (target) {
          case PROPOSED -> List.of();
          case APPROVED -> List.of(InitiativeStatus.APPROVED);
          case IN_PROGRESS -> List.of(InitiativeStatus.APPROVED, InitiativeStatus.IN_PROGRESS);
          case BLOCKED ->
              List.of(
                  InitiativeStatus.APPROVED,
                  InitiativeStatus.IN_PROGRESS,
                  InitiativeStatus.BLOCKED);
          case DONE ->
              List.of(
                  InitiativeStatus.APPROVED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.DONE);
          case CANCELLED -> List.of(InitiativeStatus.CANCELLED);
        };
    path.forEach(initiative::moveTo);
  }
}
