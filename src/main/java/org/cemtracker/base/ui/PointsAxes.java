package org.cemtracker.base.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The frame of a chart of scores across: 0–100 points along, one row per named figure. */
public final class PointsAxes {

  private PointsAxes() {}

  /** Puts the grid and both axes into the chart's options, the rows top-down in this order. */
  public static void across(ObjectNode root, List<String> rows) {
    root.putObject("grid")
        .put("left", 8)
        .put("right", 24)
        .put("top", 8)
        .put("bottom", 36)
        .put("containLabel", true);
    root.putObject("xAxis").put("type", "value").put("min", 0).put("max", 100);
    ArrayNode names =
        root.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
    rows.forEach(names::add);
  }
}
