package org.cemtracker.results.ui;

import static org.cemtracker.results.ui.Format.format;
import static org.cemtracker.results.ui.Format.percent;
import static org.cemtracker.results.ui.Format.signed;
import static org.cemtracker.results.ui.Format.withMargin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.WaveDelta;

/**
 * The dashboard's tables: tiers, departments (with the drill-down) and the change between waves.
 */
final class ResultTables {

  private ResultTables() {}

  static Component tiers(Results r) {
    Grid<Results.TierResult> grid = new Grid<>();
    grid.addColumn(t -> DashboardCharts.tierName(t.tier())).setHeader(Tr.t("results.tables.tier"));
    grid.addColumn(t -> t.hidden() ? Tr.t("results.tables.hidden") : t.responses().toString())
        .setHeader(Tr.t("results.tables.responses"));
    grid.addColumn(
            t ->
                t.hidden()
                    ? Tr.t("results.tables.hidden")
                    : withMargin(t.score(), t.marginOfError()))
        .setHeader(Tr.t("results.tables.score"));
    grid.setItems(r.tiers());
    grid.setAllRowsVisible(true);
    grid.setId("tier-results");
    return grid;
  }

  static Component departments(MaturityModel model, Results r) {
    Grid<Results.DepartmentResult> grid = new Grid<>();
    grid.addColumn(Results.DepartmentResult::path)
        .setHeader(Tr.t("results.tables.department"))
        .setAutoWidth(true)
        .setFlexGrow(1)
        .setTooltipGenerator(Results.DepartmentResult::path)
        .setComparator(Results.DepartmentResult::path);
    grid.addColumn(Results.DepartmentResult::headcount)
        .setHeader(Tr.t("results.tables.people"))
        .setAutoWidth(true)
        .setComparator(Results.DepartmentResult::headcount);
    grid.addColumn(
            d ->
                d.customerFacing()
                    ? Tr.t("results.kind.customerFacing")
                    : Tr.t("results.kind.backOffice"))
        .setHeader(Tr.t("results.tables.kind"))
        .setAutoWidth(true)
        .setComparator(Results.DepartmentResult::customerFacing);
    grid.addColumn(
            d ->
                d.hidden()
                    ? Tr.t("results.tables.hidden")
                    : !d.covered() ? Tr.t("results.tables.none") : d.responses().toString())
        .setHeader(Tr.t("results.tables.responses"))
        .setAutoWidth(true)
        .setComparator(byReleased(d -> d.responses() == null ? null : d.responses().doubleValue()));
    grid.addColumn(
            d ->
                !d.covered() || d.headcount() == 0
                    ? "—"
                    : percent(d.responses() / (double) d.headcount()))
        .setHeader(Tr.t("results.tables.responseRate"))
        .setAutoWidth(true)
        .setComparator(
            byReleased(
                d ->
                    d.headcount() == 0 || d.responses() == null
                        ? null
                        : d.responses() / (double) d.headcount()));
    grid.addColumn(
            d ->
                d.hidden()
                    ? Tr.t("results.tables.hidden")
                    : !d.covered() ? "—" : withMargin(d.score(), d.marginOfError()))
        .setHeader(Tr.t("results.tables.score"))
        .setAutoWidth(true)
        .setComparator(byReleased(Results.DepartmentResult::score));
    grid.setItems(r.departments());
    grid.setAllRowsVisible(true);
    grid.setId("department-results");
    grid.addItemClickListener(
        e -> {
          if (e.getItem().covered()) {
            new DepartmentDrillDown(model, e.getItem()).open();
          }
        });
    return grid;
  }

  /**
   * The change since the previous wave: the headline figures, each dimension, and each department
   * among {@code departments} (the paths the dashboard shows) with a score in both waves.
   */
  static Component deltas(MaturityModel model, WaveDelta delta, Set<String> departments) {
    Div list = new Div();
    list.add(
        new Paragraph(
            Tr.t(
                "results.deltas.headline",
                signed(delta.cemIndex()),
                signed(delta.reach() == null ? null : delta.reach() * 100),
                signed(delta.boltOnGap()))));
    Grid<WaveDelta.Change> dimensions =
        changes(
            Tr.t("results.deltas.dimension"),
            c -> model.dimension(c.key()).map(MaturityModel.Dimension::name).orElse(c.key()));
    dimensions.setItems(delta.dimensions());
    Grid<WaveDelta.Change> byDepartment =
        changes(Tr.t("results.deltas.department"), WaveDelta.Change::key);
    byDepartment.setId("department-deltas");
    byDepartment.setItems(
        delta.departments().stream()
            .filter(c -> departments.contains(c.key()))
            .filter(c -> c.delta() != null)
            .toList());
    Paragraph note = new Paragraph(Tr.t("results.deltas.note"));
    note.addClassName("explain");
    list.add(dimensions, new H4(Tr.t("results.deltas.departments")), note, byDepartment);
    return list;
  }

  private static Grid<WaveDelta.Change> changes(
      String header, Function<WaveDelta.Change, String> name) {
    Grid<WaveDelta.Change> grid = new Grid<>();
    grid.addColumn(name::apply)
        .setHeader(header)
        .setAutoWidth(true)
        .setFlexGrow(1)
        .setTooltipGenerator(name::apply)
        .setComparator(name::apply);
    grid.addColumn(c -> format(c.before()))
        .setHeader(Tr.t("results.deltas.before"))
        .setComparator(Comparator.comparing(WaveDelta.Change::before, nullsLast()));
    grid.addColumn(c -> format(c.after()))
        .setHeader(Tr.t("results.deltas.now"))
        .setComparator(Comparator.comparing(WaveDelta.Change::after, nullsLast()));
    grid.addColumn(c -> signed(c.delta()))
        .setHeader(Tr.t("results.deltas.change"))
        .setComparator(Comparator.comparing(WaveDelta.Change::delta, nullsLast()));
    grid.setAllRowsVisible(true);
    return grid;
  }

  private static Comparator<Double> nullsLast() {
    return Comparator.nullsLast(Comparator.naturalOrder());
  }

  /**
   * Orders by a released figure, departments without one (hidden or not covered) last: a hidden
   * department carries no figure, so its place in the order says nothing about its answers.
   */
  private static Comparator<Results.DepartmentResult> byReleased(
      Function<Results.DepartmentResult, Double> figure) {
    return Comparator.comparing(
        d -> d.hidden() || !d.covered() ? null : figure.apply(d),
        Comparator.nullsLast(Comparator.naturalOrder()));
  }
}
