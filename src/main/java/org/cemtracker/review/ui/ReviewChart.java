package org.cemtracker.review.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cemtracker.base.ui.PointsAxes;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.review.Review;

/**
 * The organisation's own score beside the consultant's rating, dimension by dimension, as ECharts
 * bars; a value that does not exist is not drawn (no bar), never drawn as zero.
 */
final class ReviewChart {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewChart() {}

  static String options(Review review) {
    ObjectNode root = JSON.createObjectNode();
    root.put("animation", false);
    root.putObject("tooltip").put("trigger", "axis");
    root.putObject("legend").put("bottom", 0);
    PointsAxes.across(root, review.dimensions().stream().map(d -> d.dimension().name()).toList());
    ArrayNode series = root.putArray("series");
    ArrayNode own = bars(series, Tr.t("review.chart.own"), "#0e7490");
    ArrayNode consultant = bars(series, Tr.t("review.chart.consultant"), "#ea580c");
    for (Review.DimensionView d : review.dimensions()) {
      add(own, d.ownScore());
      add(consultant, d.ratingPoints());
    }
    return root.toString();
  }

  private static ArrayNode bars(ArrayNode series, String name, String colour) {
    ObjectNode bar = series.addObject().put("type", "bar").put("name", name);
    bar.putObject("itemStyle").put("color", colour);
    return bar.putArray("data");
  }

  private static void add(ArrayNode data, Double value) {
    if (value == null) {
      data.addNull();
    } else {
      data.add(Math.round(value * 10) / 10.0);
    }
  }
}
