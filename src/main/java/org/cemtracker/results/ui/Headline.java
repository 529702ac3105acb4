package org.cemtracker.results.ui;

import static org.cemtracker.results.ui.Format.card;
import static org.cemtracker.results.ui.Format.percent;
import static org.cemtracker.results.ui.Format.points;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.StageReason;
import org.cemtracker.scoring.Results;

/**
 * The top of the dashboard: the index on the bolt-on-to-CEM scale, its stage, the spread figures.
 */
final class Headline {

  private Headline() {}

  static Component position(MaturityModel model, Results r) {

    Div scale = new Div();
    scale.addClassName("cem-scale");
    List<MaturityModel.Stage> stages = model.stages();
    for (int i = 0; i < stages.size(); i++) {
      double from = stages.get(i).min();
      double to = i + 1 < stages.size() ? stages.get(i + 1).min() : 100;
      Span band = new Span(stages.get(i).name());
      band.addClassNames("cem-band", "stage-" + Math.min(5, stages.get(i).number()));
      band.getStyle().set("width", (to - from) + "%");
      scale.add(band);
    }
    Span marker = new Span();
    marker.addClassName("cem-marker");
    marker.getStyle().set("left", "calc(" + DashboardCharts.round(r.cemIndex()) + "% - 2px)");
    scale.add(marker);
    Span index = new Span(Format.withMargin(r.cemIndex(), r.cemIndexMarginOfError()));
    index.addClassName("cem-index");
    index.setId("cem-index");
    Span stage =
        new Span(
            r.stage() == null
                ? ""
                : Tr.t(
                    "results.common.stage", String.valueOf(r.stage().number()), r.stage().name()));
    stage.addClassName("cem-stage");
    Paragraph explain =
        new Paragraph(Tr.t("results.headline.explain") + StageReason.whyLower(model, r));
    explain.addClassName("explain");
    return card(Tr.t("results.headline.title"), new Div(index, stage), scale, explain);
  }

  static Component figures(Results r) {
    Div row =
        new Div(
            figure(
                Tr.t("results.figure.reach"),
                percent(r.reach()),
                Tr.t("results.headline.reachExplain")),
            figure(
                Tr.t("results.figure.boltOnGap"),
                points(r.boltOnGap()),
                Tr.t("results.headline.boltOnGapExplain")),
            figure(
                Tr.t("results.figure.alignmentGap"),
                points(r.alignmentGap()),
                Tr.t("results.headline.alignmentGapExplain")),
            figure(
                Tr.t("results.figure.dispersion"),
                points(r.dispersion()),
                Tr.t("results.headline.dispersionExplain")),
            figure(
                Tr.t("results.figure.coverage"),
                percent(r.coverage()),
                Tr.t("results.headline.coverageExplain")),
            figure(
                Tr.t("results.figure.responses"),
                r.responses() == null ? "—" : Integer.toString(r.responses()),
                rate(
                    r.responses(),
                    r.departments().stream().mapToInt(Results.DepartmentResult::headcount).sum())));
    row.addClassName("figure-row");
    return row;
  }

  /** One figure card: its name, its value and a line that says what it means. */
  static Component figure(String name, String value, String explanation) {
    Span v = new Span(value);
    v.addClassName("figure-value");
    Span n = new Span(name);
    n.addClassName("figure-name");
    Paragraph e = new Paragraph(explanation);
    e.addClassName("explain");
    Div figure = new Div(n, v, e);
    figure.addClassName("figure");
    return figure;
  }

  private static String rate(Integer responses, int people) {
    return responses == null || people == 0
        ? Tr.t("results.headline.responsesExplain")
        : Tr.t("results.headline.responsesExplainRate", percent(responses / (double) people));
  }
}
