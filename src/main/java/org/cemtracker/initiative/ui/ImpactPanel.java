package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.PlanningService;

/**
 * An initiative's impact: the change in its target dimensions where it acted, beside the change
 * elsewhere.
 */
final class ImpactPanel {

  private final PlanningService planning;
  private final String initiativeId;
  private final InitiativeService.Options options;
  private final LocalDate start;

  ImpactPanel(
      PlanningService planning,
      String initiativeId,
      InitiativeService.Options options,
      LocalDate start) {
    this.planning = planning;
    this.initiativeId = initiativeId;
    this.options = options;
    this.start = start;
  }

  Component build() {
    Div card = Cards.section(Tr.t("initiative.impact.title"));
    card.setId("impact");
    PlanningService.ImpactReport report = planning.impact(initiativeId, null, null);
    if (report.reason() != null) {
      card.add(Cards.note(reason(report)));
      return card;
    }
    card.add(
        Cards.note(Tr.t("initiative.impact.intro", report.before().name(), report.after().name())));
    Map<String, String> names = new HashMap<>();
    options.dimensions().forEach(d -> names.put(d.id(), d.name()));
    Div table = new Div();
    table.addClassName("impact-table");
    table.add(
        cell(Tr.t("initiative.impact.dimension"), "head"),
        cell(Tr.t("initiative.impact.targeted"), "head"),
        cell(report.comparison() ? Tr.t("initiative.impact.others") : "", "head"),
        cell(report.comparison() ? Tr.t("initiative.impact.difference") : "", "head"));
    for (var d : report.dimensions()) {
      table.add(
          cell(names.getOrDefault(d.dimension(), d.dimension()), "name"),
          cell(side(d.targeted()), ""),
          cell(report.comparison() ? side(d.others()) : "", ""),
          cell(
              d.difference() == null ? (report.comparison() ? "—" : "") : signed(d.difference()),
              d.difference() == null ? "" : d.difference() >= 0 ? "up" : "down"));
    }
    card.add(table);
    return card;
  }

  /**
   * Why the impact cannot be shown yet, in the UI's language: the service's reasons (decided in the
   * same order as {@link PlanningService#impact}), its own words for any other.
   */
  private String reason(PlanningService.ImpactReport report) {
    if (start == null) {
      return Tr.t("initiative.impact.noStart");
    }
    if (report.before() == null) {
      return Tr.t("initiative.impact.noBefore", start.toString());
    }
    if (report.after() == null) {
      return Tr.t("initiative.impact.noAfter");
    }
    return report.reason() + ".";
  }

  private static String side(org.cemtracker.initiative.Impact.Side side) {
    if (side.change() == null) {
      return Tr.t("initiative.impact.notShown");
    }
    return Tr.t(
        "initiative.impact.side",
        Tr.number(side.before(), 1),
        Tr.number(side.after(), 1),
        signed(side.change()),
        String.valueOf(side.departments()));
  }

  private static String signed(double value) {
    return value < 0 ? Tr.number(value, 1) : "+" + Tr.number(value + 0.0, 1);
  }

  private static Span cell(String text, String kind) {
    Span cell = new Span(text);
    cell.addClassName("impact-cell");
    if (!kind.isEmpty()) {
      cell.addClassName("impact-" + kind);
    }
    return cell;
  }
}
