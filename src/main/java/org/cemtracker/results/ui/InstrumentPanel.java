package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.cemtracker.base.ui.Tr;
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
            Tr.t(
                "results.instrument.about",
                String.valueOf(InstrumentQuality.minimumRespondents(k))));
    about.addClassName("explain");
    if (quality.isEmpty()) {
      return new Div(about, new Paragraph(Tr.t("results.instrument.notEnough")));
    }
    Grid<InstrumentQuality.DimensionQuality> grid = new Grid<>();
    grid.addColumn(
            q ->
                model
                    .dimension(q.dimensionId())
                    .map(MaturityModel.Dimension::name)
                    .orElse(q.dimensionId()))
        .setHeader(Tr.t("results.instrument.dimension"))
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(q -> DashboardCharts.tierName(q.tier()))
        .setHeader(Tr.t("results.instrument.tier"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(InstrumentQuality.DimensionQuality::respondents)
        .setHeader(Tr.t("results.instrument.respondents"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(
            q ->
                q.alpha() == null
                    ? "—"
                    : q.weak()
                        ? Tr.t("results.instrument.weakAlpha", Format.fixed(q.alpha(), 2))
                        : Format.fixed(q.alpha(), 2))
        .setHeader(Tr.t("results.instrument.alpha"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(
            q ->
                q.items().stream()
                    .filter(InstrumentQuality.ItemFit::weak)
                    .map(
                        i ->
                            Tr.t(
                                "results.instrument.weakItem",
                                questionText(model, i.questionId()),
                                Format.fixed(i.correctedItemTotal(), 2)))
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("—"))
        .setHeader(Tr.t("results.instrument.weakItems"))
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
