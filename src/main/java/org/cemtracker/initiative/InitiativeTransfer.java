package org.cemtracker.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cemtracker.account.UserRepository;
import org.cemtracker.base.Problem;

/**
 * Initiatives' part of an organisation's export — each with its milestones, KPIs with their
 * measurements, and check-ins — and their restoring under new ids, owners and sponsors matched by
 * e-mail (or left empty). Runs in the caller's transaction; the caller checks the rights.
 */
@ApplicationScoped
public class InitiativeTransfer {

  @Inject InitiativeRepository initiatives;
  @Inject UserRepository users;

  public record MilestoneData(String title, String dueDate, boolean done) {}

  public record MeasurementData(String date, double value) {}

  public record KpiData(
      String name,
      String unit,
      Double baseline,
      Double target,
      List<MeasurementData> measurements) {}

  public record CheckInData(String date, String rag, String note, String authorEmail) {}

  public record InitiativeData(
      String key,
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
      List<MilestoneData> milestones,
      List<KpiData> kpis,
      List<CheckInData> checkIns) {}

  public List<InitiativeData> export(String organisationId) {
    List<InitiativeData> result = new ArrayList<>();
    for (Initiative i : initiatives.findByOrganisation(organisationId)) {
      result.add(
          new InitiativeData(
              i.id(),
              i.title(),
              i.description(),
              i.status().name(),
              i.rag().name(),
              email(i.ownerId()),
              email(i.sponsorId()),
              i.dimensions(),
              i.departmentPaths(),
              text(i.startDate()),
              text(i.dueDate()),
              i.milestones().stream()
                  .map(m -> new MilestoneData(m.title(), text(m.dueDate()), m.done()))
                  .toList(),
              i.kpis().stream()
                  .map(
                      k ->
                          new KpiData(
                              k.name(),
                              k.unit(),
                              k.baseline(),
                              k.target(),
                              k.measurements().stream()
                                  .map(m -> new MeasurementData(m.date().toString(), m.value()))
                                  .toList()))
                  .toList(),
              i.checkIns().stream()
                  .map(
                      c ->
                          new CheckInData(
                              c.date().toString(), c.rag().name(), c.note(), c.authorEmail()))
                  .toList()));
    }
    return result;
  }

  /** Restores the initiatives; returns their new ids in the order given. */
  public List<String> restore(String organisationId, List<InitiativeData> data) {
    List<String> ids = new ArrayList<>();
    for (int n = 0; n < data.size(); n++) {
      String at = "initiatives[" + n + "]";
      InitiativeData d = data.get(n);
      if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
        throw Problem.invalid(at + ".title", "must be 1 to 200 characters");
      }
      Initiative i =
          new Initiative(
              organisationId, d.title(), value(InitiativeStatus.class, at + ".status", d.status()));
      i.describe(d.title(), d.description());
      i.assign(userId(d.ownerEmail()), userId(d.sponsorEmail()));
      i.target(
          d.dimensions() == null ? List.of() : d.dimensions(),
          d.departmentPaths() == null ? List.of() : d.departmentPaths());
      i.schedule(day(at + ".startDate", d.startDate()), day(at + ".dueDate", d.dueDate()));
      List<Initiative.MilestonePlan> milestones = new ArrayList<>();
      for (MilestoneData m : d.milestones() == null ? List.<MilestoneData>of() : d.milestones()) {
        milestones.add(
            new Initiative.MilestonePlan(
                null, m.title(), day(at + ".milestones", m.dueDate()), m.done()));
      }
      i.replaceMilestones(milestones);
      List<Initiative.KpiPlan> kpis = new ArrayList<>();
      for (KpiData k : d.kpis() == null ? List.<KpiData>of() : d.kpis()) {
        List<Measurement> measurements = new ArrayList<>();
        for (MeasurementData m :
            k.measurements() == null ? List.<MeasurementData>of() : k.measurements()) {
          measurements.add(new Measurement(day(at + ".kpis.measurements", m.date()), m.value()));
        }
        kpis.add(
            new Initiative.KpiPlan(
                null, k.name(), k.unit(), k.baseline(), k.target(), measurements));
      }
      i.replaceKpis(kpis);
      i.rate(value(Rag.class, at + ".rag", d.rag()));
      for (CheckInData c : d.checkIns() == null ? List.<CheckInData>of() : d.checkIns()) {
        i.checkIn(
            day(at + ".checkIns.date", c.date()),
            value(Rag.class, at + ".checkIns.rag", c.rag()),
            c.note(),
            c.authorEmail());
      }
      initiatives.store(i);
      ids.add(i.id());
    }
    return ids;
  }

  private String email(String userId) {
    return userId == null ? null : users.find(userId).map(u -> u.email()).orElse(null);
  }

  private String userId(String email) {
    return email == null ? null : users.findByEmail(email).map(u -> u.id()).orElse(null);
  }

  private static <E extends Enum<E>> E value(Class<E> type, String at, String value) {
    try {
      return Enum.valueOf(type, String.valueOf(value).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problem.invalid(at, "is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static LocalDate day(String at, String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (RuntimeException e) {
      throw Problem.invalid(at, "must be a date such as 2026-12-01");
    }
  }

  private static String text(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
