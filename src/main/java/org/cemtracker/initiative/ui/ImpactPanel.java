package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.Map;
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

  ImpactPanel(PlanningService planning, String initiativeId, InitiativeService.Options options) {
    this.planning = planning;
    this.initiativeId = initiativeId;
    this.options = options;
  }

  Component build() {
    Div card = Cards.section("Impact");
    card.setId("impact");
    PlanningService.ImpactReport report = planning.impact(initiativeId, null, null);
    if (report.reason() != null) {
      card.add(Cards.note(report.reason() + "."));
      return card;
    }
    card.add(
        Cards.note(
            "From “"
                + report.before().name()
                + "” to “"
                + report.after().name()
                + "”, in points on the 0–100 scale. Only departments shown in both waves count; groups below the anonymity threshold are left out."));
    Map<String, String> names = new HashMap<>();
    options.dimensions().forEach(d -> names.put(d.id(), d.name()));
    Div table = new Div();
    table.addClassName("impact-table");
    table.add(
        cell("Dimension", "head"),
        cell("Targeted departments", "head"),
        cell(report.comparison() ? "Other departments" : "", "head"),
        cell(report.comparison() ? "Difference" : "", "head"));
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

  private static String side(org.cemtracker.initiative.Impact.Side side) {
    if (side.change() == null) {
      return "not shown";
    }
    return String.format(
        "%.1f → %.1f (%s) · %d dept.",
        side.before(), side.after(), signed(side.change()), side.departments());
  }

  private static String signed(double value) {
    return String.format("%+.1f", value);
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
