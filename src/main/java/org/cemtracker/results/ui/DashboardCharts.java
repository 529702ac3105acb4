package org.cemtracker.results.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.results.ResultsService.TrendPoint;
import org.cemtracker.scoring.Results;

/**
 * ECharts options for the dashboard, built from results; hidden values are left out, never drawn.
 */
final class DashboardCharts {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String[] PALETTE = {"#0e7490", "#4338ca", "#ea580c", "#16a34a", "#b91c1c"};

  private DashboardCharts() {}

  /** Dimensions as a radar: the organisation, the leadership tier and the staff tier. */
  static String radar(MaturityModel model, Results results) {
    ObjectNode root = base();
    ArrayNode indicators = root.putObject("radar").put("radius", "65%").putArray("indicator");
    model.dimensions().forEach(d -> indicators.addObject().put("name", d.name()).put("max", 100));
    ArrayNode data = root.putArray("series").addObject().put("type", "radar").putArray("data");
    ArrayNode legend = root.putObject("legend").put("bottom", 0).putArray("data");
    addRadar(
        data,
        legend,
        Tr.t("results.chart.organisation"),
        results.dimensions().stream().map(Results.DimensionResult::score).toList());
    for (Results.TierResult tier : results.tiers()) {
      if ((tier.tier() == Tier.LEADERSHIP || tier.tier() == Tier.STAFF)
          && !tier.hidden()
          && tier.responses() != null
          && tier.responses() > 0) {
        addRadar(
            data,
            legend,
            tierName(tier.tier()),
            tier.dimensions().stream().map(Results.DimensionScore::score).toList());
      }
    }
    return root.toString();
  }

  private static void addRadar(ArrayNode data, ArrayNode legend, String name, List<Double> values) {
    if (values.stream().allMatch(v -> v == null)) {
      return;
    }
    ObjectNode series = data.addObject().put("name", name);
    ArrayNode value = series.putArray("value");
    values.forEach(v -> value.add(v == null ? 0 : round(v)));
    legend.add(name);
  }

  /** Departments × dimensions; a hidden department's row is labelled and left empty. */
  /** Department scores as bars, coloured by customer-facing or back office. */
  static String departments(Results results) {
    ObjectNode root = base();
    List<Results.DepartmentResult> shown =
        results.departments().stream().filter(d -> !d.hidden() && d.score() != null).toList();
    root.putObject("grid").put("left", 170).put("right", 30).put("top", 10).put("bottom", 30);
    root.putObject("xAxis").put("type", "value").put("min", 0).put("max", 100);
    ArrayNode y = root.putObject("yAxis").put("type", "category").putArray("data");
    shown.forEach(d -> y.add(d.path()));
    ArrayNode data = root.putArray("series").addObject().put("type", "bar").putArray("data");
    shown.forEach(
        d ->
            data.addObject()
                .put("value", round(d.score()))
                .putObject("itemStyle")
                .put("color", d.customerFacing() ? PALETTE[0] : PALETTE[2]));
    return root.toString();
  }

  /** The CEM index (bold) and each dimension across the organisation's campaigns. */
  static String trend(MaturityModel model, List<TrendPoint> points) {
    ObjectNode root = base();
    root.putObject("grid").put("left", 40).put("right", 20).put("top", 20).put("bottom", 70);
    root.putObject("legend").put("bottom", 0).put("type", "scroll");
    ArrayNode x = root.putObject("xAxis").put("type", "category").putArray("data");
    points.forEach(p -> x.add(p.campaign().name()));
    root.putObject("yAxis").put("type", "value").put("min", 0).put("max", 100);
    ArrayNode series = root.putArray("series");
    ObjectNode index =
        series.addObject().put("type", "line").put("name", Tr.t("results.chart.cemIndex"));
    index.putObject("lineStyle").put("width", 4);
    ArrayNode indexData = index.putArray("data");
    points.forEach(p -> addValue(indexData, p.results().cemIndex()));
    for (int d = 0; d < model.dimensions().size(); d++) {
      int dimension = d;
      ObjectNode line =
          series.addObject().put("type", "line").put("name", model.dimensions().get(d).name());
      line.putObject("lineStyle").put("width", 1.5).put("type", "dashed");
      ArrayNode data = line.putArray("data");
      points.forEach(
          p ->
              addValue(
                  data,
                  p.results().dimensions().size() > dimension
                      ? p.results().dimensions().get(dimension).score()
                      : null));
    }
    return root.toString();
  }

  private static void addValue(ArrayNode data, Double value) {
    if (value == null) {
      data.addNull();
    } else {
      data.add(round(value));
    }
  }

  static ObjectNode base() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode color = root.putArray("color");
    for (String c : PALETTE) {
      color.add(c);
    }
    root.putObject("tooltip");
    root.put("animation", false);
    return root;
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  static String tierName(Tier tier) {
    return Tr.t("results.tier." + tier.name());
  }
}
