package org.cemtracker.initiative.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.stream.Stream;
import org.cemtracker.base.ui.Chart;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.Kpi;
import org.cemtracker.initiative.Measurement;

/** A KPI's measurements over time as a line, with its baseline and target as marked levels. */
final class KpiChart {

  private static final ObjectMapper JSON = new ObjectMapper();

  private KpiChart() {}

  static Chart of(Kpi kpi) {
    Chart chart = new Chart("200px");
    chart.addClassName("kpi-chart");
    chart.setOptions(options(kpi));
    return chart;
  }

  static String options(Kpi kpi) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("grid").put("left", 48).put("right", 72).put("top", 20).put("bottom", 28);
    root.putObject("tooltip").put("trigger", "axis");
    root.putObject("xAxis").put("type", "time");
    ObjectNode y =
        root.putObject("yAxis")
            .put("type", "value")
            .put("scale", true)
            .put("name", kpi.unit() == null ? "" : kpi.unit());
    // the baseline and the target always inside the axis, so that their lines show
    DoubleSummaryStatistics range =
        kpi.measurements().stream().mapToDouble(Measurement::value).summaryStatistics();
    Stream.of(kpi.baseline(), kpi.target()).filter(Objects::nonNull).forEach(range::accept);
    if (range.getCount() > 0) {
      double pad = Math.max(1, (range.getMax() - range.getMin()) * 0.08);
      y.put("min", Math.floor(range.getMin() - pad)).put("max", Math.ceil(range.getMax() + pad));
    }
    ObjectNode series = root.putArray("series").addObject();
    series.put("type", "line").put("name", kpi.name()).put("symbolSize", 8);
    series.putObject("lineStyle").put("color", "#0e7490").put("width", 3);
    series.putObject("itemStyle").put("color", "#0e7490");
    ArrayNode data = series.putArray("data");
    for (Measurement m : kpi.measurements()) {
      data.addArray().add(m.date().toString()).add(m.value());
    }
    ArrayNode lines = series.putObject("markLine").put("symbol", "none").putArray("data");
    if (kpi.baseline() != null) {
      mark(lines, Tr.t("initiative.kpiChart.baseline"), kpi.baseline(), "#94a3b8");
    }
    if (kpi.target() != null) {
      mark(lines, Tr.t("initiative.kpiChart.target"), kpi.target(), "#16a34a");
    }
    return root.toString();
  }

  private static void mark(ArrayNode lines, String name, double value, String color) {
    ObjectNode line = lines.addObject().put("name", name).put("yAxis", value);
    line.putObject("lineStyle").put("color", color).put("type", "dashed");
    line.putObject("label").put("formatter", name + " {c}").put("color", color);
  }
}
