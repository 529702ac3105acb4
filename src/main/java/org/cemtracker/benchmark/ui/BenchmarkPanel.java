package org.cemtracker.benchmark.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cemtracker.base.ui.Chart;
import org.cemtracker.base.ui.Tr;
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
    add(new H3(getTranslation("benchmark.panel.title")));
    Paragraph explain =
        new Paragraph(
            getTranslation(
                "benchmark.panel.explain",
                benchmark.campaign().model().title(),
                String.valueOf(Distribution.MIN_ORGANISATIONS),
                String.valueOf(Distribution.MIN_FOR_TOP10)));
    explain.addClassName("explain");
    add(explain);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(getTranslation("benchmark.panel.cemIndex"), benchmark.index()));
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
    grid.addColumn(Row::name).setHeader(Tr.t("benchmark.table.figure")).setFlexGrow(2);
    grid.addColumn(r -> value(r.figure().own())).setHeader(Tr.t("benchmark.table.own"));
    grid.addColumn(r -> spread(r, Distribution::lowerQuartile))
        .setHeader(Tr.t("benchmark.table.lowerQuartile"));
    grid.addColumn(r -> spread(r, Distribution::median)).setHeader(Tr.t("benchmark.table.median"));
    grid.addColumn(r -> spread(r, Distribution::upperQuartile))
        .setHeader(Tr.t("benchmark.table.upperQuartile"));
    if (top10) {
      grid.addColumn(r -> spread(r, Distribution::top10)).setHeader(Tr.t("benchmark.table.top10"));
    }
    grid.addColumn(BenchmarkPanel::standing)
        .setHeader(Tr.t("benchmark.table.standing"))
        .setFlexGrow(4);
    grid.setItems(rows);
    return grid;
  }

  private static String standing(Row row) {
    if (row.figure().others().isEmpty()) {
      return Tr.t("benchmark.table.tooFew", String.valueOf(Distribution.MIN_ORGANISATIONS));
    }
    String band = row.figure().band();
    return band == null
        ? Tr.t("benchmark.table.notShownForClient")
        : Tr.t(
            "benchmark.table.band",
            band,
            String.valueOf(row.figure().others().get().organisations()));
  }

  private static String spread(Row row, Function<Distribution, Double> part) {
    return row.figure().others().map(part).map(BenchmarkPanel::value).orElse("—");
  }

  /**
   * A score with one decimal in the UI's language, rounded half up as {@code String.format("%.1f")}
   * rounds, so that English reads as it always has.
   */
  static String value(Double value) {
    return value == null
        ? Tr.t("benchmark.table.notShown")
        : Tr.number(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue(), 1);
  }
}
