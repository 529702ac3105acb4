package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.InstrumentQuality;

/**
 * Instrument quality: Cronbach's alpha per dimension and tier, and the questions that do not fit.
 */
final class InstrumentPanel {

  private InstrumentPanel() {}

  static Component instrument(
      MaturityModel model, List<InstrumentQuality.DimensionQuality> quality, int k) {
    Paragraph about =
        new Paragraph(
            "Cronbach's alpha per dimension and tier shows whether a dimension's questions measure one"
                + " thing; below 0.7 is flagged, and so is a question whose correlation with the others"
                + " is below 0.3. Shown from "
                + InstrumentQuality.minimumRespondents(k)
                + " released respondents of a tier who answered all of its questions.");
    about.addClassName("explain");
    if (quality.isEmpty()) {
      return new Div(about, new Paragraph("Not enough complete released responses."));
    }
    Grid<InstrumentQuality.DimensionQuality> grid = new Grid<>();
    grid.addColumn(
            q ->
                model
                    .dimension(q.dimensionId())
                    .map(MaturityModel.Dimension::name)
                    .orElse(q.dimensionId()))
        .setHeader("Dimension")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(q -> DashboardCharts.tierName(q.tier()))
        .setHeader("Tier")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(InstrumentQuality.DimensionQuality::respondents)
        .setHeader("Respondents")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(
            q ->
                q.alpha() == null
                    ? "—"
                    : String.format(Locale.ENGLISH, "%.2f", q.alpha())
                        + (q.weak() ? " ⚠ below 0.7" : ""))
        .setHeader("Alpha")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(
            q ->
                q.items().stream()
                    .filter(InstrumentQuality.ItemFit::weak)
                    .map(
                        i ->
                            "“"
                                + questionText(model, i.questionId())
                                + "”"
                                + String.format(
                                    Locale.ENGLISH, " (r = %.2f)", i.correctedItemTotal()))
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("—"))
        .setHeader("Questions that do not fit")
        .setFlexGrow(4);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(quality);
    grid.setAllRowsVisible(true);
    grid.setId("instrument-quality");
    return new Div(about, grid);
  }

  private static String questionText(MaturityModel model, String questionId) {
    return model.question(questionId).map(MaturityModel.Question::text).orElse(questionId);
  }
}
