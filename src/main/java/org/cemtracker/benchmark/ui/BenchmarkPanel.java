package org.cemtracker.benchmark.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cemtracker.base.ui.Chart;
import org.cemtracker.benchmark.Benchmark;
import org.cemtracker.benchmark.Distribution;

/**
 * The client's index and dimension scores against the spread of the consultant's other clients on
 * the same model: a chart of the middle half, the median and the line of the top 10 %, with the
 * client's own score, and the figures in a table. Where fewer than five others contribute, the
 * table says so and the chart draws nothing.
 */
final class BenchmarkPanel extends Div {

  /** A row of the table: a figure's name and its benchmark. */
  record Row(String name, Benchmark.Figure figure) {}

  BenchmarkPanel(Benchmark benchmark) {
    setId("benchmark");
    addClassName("card");
    add(new H3("Among your other clients on this model"));
    Paragraph explain =
        new Paragraph(
            "Each of your other clients counts once, by its latest published campaign on "
                + benchmark.campaign().model().title()
                + ", where its figures are shown at all and measure the same questions. The"
                + " middle half of them lies between the quartiles; no client is named, and no"
                + " spread is shown for fewer than "
                + Distribution.MIN_ORGANISATIONS
                + " of them (the top 10 % line, for fewer than "
                + Distribution.MIN_FOR_TOP10
                + ").");
    explain.addClassName("explain");
    add(explain);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("CEM index", benchmark.index()));
    benchmark.dimensions().forEach(d -> rows.add(new Row(d.dimension().name(), d.figure())));
    boolean top10 =
        rows.stream().anyMatch(r -> r.figure().others().map(d -> d.top10() != null).orElse(false));
    if (benchmark.anyShown()) {
      Chart chart = new Chart(Math.max(220, 70 + 40 * rows.size()) + "px");
      chart.setId("benchmark-chart");
      chart.setOptions(BenchmarkChart.options(rows, top10));
      add(chart);
    }
    add(table(rows, top10));
  }

  private static Grid<Row> table(List<Row> rows, boolean top10) {
    Grid<Row> grid = new Grid<>();
    grid.setId("benchmark-table");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    grid.setAllRowsVisible(true);
    grid.addColumn(Row::name).setHeader("Figure").setFlexGrow(2);
    grid.addColumn(r -> value(r.figure().own())).setHeader("This client");
    grid.addColumn(r -> spread(r, Distribution::lowerQuartile)).setHeader("Lower quartile");
    grid.addColumn(r -> spread(r, Distribution::median)).setHeader("Median");
    grid.addColumn(r -> spread(r, Distribution::upperQuartile)).setHeader("Upper quartile");
    if (top10) {
      grid.addColumn(r -> spread(r, Distribution::top10)).setHeader("Top 10 % from");
    }
    grid.addColumn(BenchmarkPanel::standing).setHeader("Where it stands").setFlexGrow(4);
    grid.setItems(rows);
    return grid;
  }

  private static String standing(Row row) {
    if (row.figure().others().isEmpty()) {
      return "Fewer than " + Distribution.MIN_ORGANISATIONS + " other clients to compare with";
    }
    String band = row.figure().band();
    return band == null
        ? "Not shown for this client"
        : band + " of " + row.figure().others().get().organisations() + " other clients";
  }

  private static String spread(Row row, Function<Distribution, Double> part) {
    return row.figure().others().map(part).map(BenchmarkPanel::value).orElse("—");
  }

  static String value(Double value) {
    return value == null ? "not shown" : String.format(Locale.ENGLISH, "%.1f", value);
  }
}
