package org.cemtracker.benchmark.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.cemtracker.base.ui.PointsAxes;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.benchmark.Distribution;

/**
 * The benchmark as ECharts: per figure, a bar over the middle half of the other clients (lower to
 * upper quartile), marks for the median and the line of the top 10 %, and a dot for the client.
 * What is not shown is not drawn: never a lowest or highest client.
 */
final class BenchmarkChart {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchmarkChart() {}

  static String options(List<BenchmarkPanel.Row> rows, boolean top10) {
    ObjectNode root = JSON.createObjectNode();
    root.put("animation", false);
    root.putObject("tooltip").put("trigger", "item");
    ArrayNode legend =
        root.putObject("legend")
            .put("bottom", 0)
            .putArray("data")
            .add(Tr.t("benchmark.chart.middle"))
            .add(Tr.t("benchmark.chart.median"));
    if (top10) {
      legend.add(Tr.t("benchmark.chart.top10"));
    }
    legend.add(Tr.t("benchmark.chart.own"));
    PointsAxes.across(root, rows.stream().map(BenchmarkPanel.Row::name).toList());
    ArrayNode series = root.putArray("series");
    ObjectNode base = bar(series, "base", "transparent");
    base.putObject("tooltip").put("show", false);
    base.putObject("emphasis").put("disabled", true);
    ArrayNode below = base.putArray("data");
    ArrayNode middle = bar(series, Tr.t("benchmark.chart.middle"), "#99d5e0").putArray("data");
    ArrayNode median = marks(series, Tr.t("benchmark.chart.median"), "rect", "#0e7490", 4, 22);
    ArrayNode top = marks(series, Tr.t("benchmark.chart.top10"), "triangle", "#15803d", 12, 12);
    ArrayNode own = marks(series, Tr.t("benchmark.chart.own"), "circle", "#ea580c", 13, 13);
    for (int i = 0; i < rows.size(); i++) {
      BenchmarkPanel.Row row = rows.get(i);
      if (row.figure().others().isPresent()) {
        Distribution d = row.figure().others().get();
        below.add(round(d.lowerQuartile()));
        middle.add(round(d.upperQuartile() - d.lowerQuartile()));
        point(median, d, Distribution::median, i);
        if (d.top10() != null) {
          point(top, d, Distribution::top10, i);
        }
      } else {
        below.addNull();
        middle.addNull();
      }
      if (row.figure().own() != null) {
        own.addArray().add(round(row.figure().own())).add(i);
      }
    }
    return root.toString();
  }

  private static ObjectNode bar(ArrayNode series, String name, String colour) {
    ObjectNode bar = series.addObject().put("type", "bar").put("name", name).put("stack", "spread");
    bar.put("barWidth", 18);
    bar.putObject("itemStyle").put("color", colour);
    return bar;
  }

  private static ArrayNode marks(
      ArrayNode series, String name, String symbol, String colour, int width, int height) {
    ObjectNode marks =
        series.addObject().put("type", "scatter").put("name", name).put("symbol", symbol);
    marks.putArray("symbolSize").add(width).add(height);
    marks.putObject("itemStyle").put("color", colour);
    return marks.putArray("data");
  }

  private static void point(
      ArrayNode data, Distribution d, Function<Distribution, Double> part, int row) {
    data.addArray().add(round(part.apply(d))).add(row);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
