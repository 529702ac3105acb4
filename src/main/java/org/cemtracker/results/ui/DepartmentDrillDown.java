package org.cemtracker.results.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.cemtracker.base.ui.Chart;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Results;

/**
 * One department's dimension scores, for a department shown on the dashboard. Its tiers are not
 * broken out: one department's staff is a cell, not a published group (DESIGN §4 rule 12).
 */
class DepartmentDrillDown extends Dialog {

  DepartmentDrillDown(MaturityModel model, Results.DepartmentResult department) {
    setHeaderTitle(department.path());
    setWidth("min(52rem, 95vw)");
    add(
        new Paragraph(
            getTranslation(
                "results.drillDown.about",
                String.valueOf(department.responses()),
                Format.withMargin(department.score(), department.marginOfError()),
                String.valueOf(department.headcount()),
                department.customerFacing()
                    ? getTranslation("results.kind.customerFacing")
                    : getTranslation("results.kind.backOffice"))));
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("animation", false);
    root.putObject("tooltip");
    root.putObject("grid").put("left", 240).put("right", 30).put("top", 10).put("bottom", 30);
    root.putObject("xAxis").put("type", "value").put("min", 0).put("max", 100);
    ArrayNode y = root.putObject("yAxis").put("type", "category").putArray("data");
    ArrayNode data =
        root.putArray("series")
            .addObject()
            .put("type", "bar")
            .put("color", DashboardCharts.PALETTE[1])
            .putArray("data");
    for (int d = 0; d < department.dimensions().size(); d++) {
      y.add(model.dimensions().get(d).name());
      Double score = department.dimensions().get(d).score();
      if (score == null) {
        data.addNull();
      } else {
        data.add(DashboardCharts.round(score));
      }
    }
    Chart chart = new Chart("320px");
    chart.setId("drill-down-chart");
    chart.setOptions(root.toString());
    add(chart);
    getFooter().add(new Button(getTranslation("results.common.close"), e -> close()));
  }
}
