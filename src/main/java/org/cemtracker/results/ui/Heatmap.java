package org.cemtracker.results.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Results;

/**
 * Departments × dimensions in fixed colour bands: either the scores, banded by the model's stages
 * (one colour per stage, from its minimum to the next stage's), or each score's difference from the
 * organisation's score of that dimension (more than 10 points below, 3 to 10 below, within 3, 3 to
 * 10 above, more than 10 above). A hidden department keeps its row, marked "(hidden)", with no cell
 * in it: nothing is coloured for it.
 */
final class Heatmap {

  /** What the cells show. */
  enum Mode {
    SCORES,
    DIFFERENCES
  }

  private static final String[] STAGE_COLOURS = {
    "#fecaca", "#fed7aa", "#fde68a", "#bbf7d0", "#a5f3fc"
  };

  private Heatmap() {}

  static String options(MaturityModel model, Results results, Mode mode) {
    ObjectNode root = DashboardCharts.base();
    List<Results.DepartmentResult> departments =
        results.departments().stream().filter(d -> d.covered() || d.hidden()).toList();
    root.putObject("grid").put("left", 240).put("right", 30).put("top", 10).put("bottom", 110);
    ArrayNode x = root.putObject("xAxis").put("type", "category").putArray("data");
    model.dimensions().forEach(d -> x.add(d.name()));
    // whole dimension names, broken over lines under their column, never cut off
    ((ObjectNode) root.get("xAxis"))
        .putObject("axisLabel")
        .put("interval", 0)
        .put("width", 84)
        .put("overflow", "break")
        .put("fontSize", 11);
    ArrayNode y = root.putObject("yAxis").put("type", "category").putArray("data");
    departments.forEach(
        d -> y.add(d.hidden() ? Tr.t("results.heatmap.hiddenRow", d.path()) : d.path()));
    ObjectNode visual =
        root.putObject("visualMap")
            .put("type", "piecewise")
            .put("orient", "horizontal")
            .put("left", "center")
            .put("bottom", 0)
            .put("itemGap", 14);
    ArrayNode pieces = visual.putArray("pieces");
    if (mode == Mode.SCORES) {
      stagePieces(model, pieces);
    } else {
      differencePieces(pieces);
    }
    ObjectNode series = root.putArray("series").addObject().put("type", "heatmap");
    series.putObject("label").put("show", true).put("fontSize", 11);
    ArrayNode cells = series.putArray("data");
    for (int row = 0; row < departments.size(); row++) {
      Results.DepartmentResult d = departments.get(row);
      if (d.hidden()) {
        continue;
      }
      for (int col = 0; col < d.dimensions().size(); col++) {
        Double score = d.dimensions().get(col).score();
        Double value = mode == Mode.SCORES ? score : difference(score, results, col);
        if (value != null) {
          cells.addArray().add(col).add(row).add(DashboardCharts.round(value));
        }
      }
    }
    return root.toString();
  }

  private static Double difference(Double score, Results results, int dimension) {
    Double organisation = results.dimensions().get(dimension).score();
    return score == null || organisation == null ? null : score - organisation;
  }

  private static void stagePieces(MaturityModel model, ArrayNode pieces) {
    List<MaturityModel.Stage> stages = model.stages();
    for (int i = 0; i < stages.size(); i++) {
      MaturityModel.Stage stage = stages.get(i);
      double to = i + 1 < stages.size() ? stages.get(i + 1).min() : 100.0001;
      pieces
          .addObject()
          .put("gte", stage.min())
          .put("lt", to)
          .put(
              "label",
              stage.name() + " (" + (int) stage.min() + "–" + (int) Math.min(100, to) + ")")
          .put("color", STAGE_COLOURS[Math.min(STAGE_COLOURS.length - 1, i)]);
    }
  }

  private static void differencePieces(ArrayNode pieces) {
    pieces
        .addObject()
        .put("lt", -10)
        .put("label", Tr.t("results.heatmap.farBelow"))
        .put("color", "#fca5a5");
    pieces
        .addObject()
        .put("gte", -10)
        .put("lt", -3)
        .put("label", Tr.t("results.heatmap.below"))
        .put("color", "#fed7aa");
    pieces
        .addObject()
        .put("gte", -3)
        .put("lte", 3)
        .put("label", Tr.t("results.heatmap.within"))
        .put("color", "#e5e7eb");
    pieces
        .addObject()
        .put("gt", 3)
        .put("lte", 10)
        .put("label", Tr.t("results.heatmap.above"))
        .put("color", "#a7f3d0");
    pieces
        .addObject()
        .put("gt", 10)
        .put("label", Tr.t("results.heatmap.farAbove"))
        .put("color", "#67e8f9");
  }
}
