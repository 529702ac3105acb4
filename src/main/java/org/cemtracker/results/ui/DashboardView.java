package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Chart;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.WaveDelta;

/**
 * A campaign's results: where the organisation stands between bolt-on CX and CEM, the spread
 * figures, a radar of dimensions by tier, departments × dimensions, and the change since the
 * previous wave. Nothing from a group below the anonymity threshold is shown.
 */
@Route("campaigns/:campaignId/results")
@PageTitle("Results")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

  private final ResultsService results;

  @Inject
  public DashboardView(ResultsService results) {
    this.results = results;
    addClassName("page");
    addClassName("dashboard");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String campaignId = event.getRouteParameters().get("campaignId").orElse("");
    ResultsService.CampaignResults found;
    try {
      found = results.results(campaignId);
    } catch (Problem problem) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    removeAll();
    MaturityModel model = found.campaign().model();
    Results r = found.results();
    add(new H2(found.campaign().name() + " — results"));
    Anchor back = new Anchor("campaigns/" + campaignId, "← Campaign");
    // by address, not by class: initiatives build on results, not the other way round
    Anchor plan =
        new Anchor(
            "initiatives?org="
                + found.campaign().organisationId()
                + "&view=recommendations&campaign="
                + campaignId,
            "Plan initiatives from these results →");
    plan.setId("plan-initiatives");
    com.vaadin.flow.component.orderedlayout.HorizontalLayout links =
        new com.vaadin.flow.component.orderedlayout.HorizontalLayout(back, plan);
    links.setSpacing(true);
    links.getStyle().set("gap", "1.5rem");
    add(links);
    if (r.suppressed()) {
      add(
          new Paragraph(
              "Fewer than "
                  + r.threshold()
                  + " people have answered: results appear once at least "
                  + r.threshold()
                  + " responses are in, to keep everyone anonymous."));
      return;
    }
    add(position(model, r), figures(r));
    Div charts =
        new Div(
            card(
                "Dimensions by tier",
                chart(DashboardCharts.radar(model, r), "radar-chart", "380px")),
            card(
                "Department scores (teal: customer-facing, orange: back office)",
                chart(DashboardCharts.departments(r), "department-chart", "380px")));
    charts.addClassName("chart-row");
    add(charts);
    add(
        card(
            "Departments × dimensions",
            chart(
                DashboardCharts.heatmap(model, r),
                "heatmap-chart",
                Math.max(
                        260,
                        60
                            + 34
                                * (int)
                                    r.departments().stream()
                                        .filter(Results.DepartmentResult::covered)
                                        .count())
                    + "px")));
    Paragraph hidden =
        new Paragraph(
            "A group with fewer than "
                + r.threshold()
                + " responses is hidden, and so is the next"
                + " smallest group beside it, so that nobody's answers can be worked out; hidden groups still count in the totals.");
    hidden.addClassName("explain");
    add(card("Tiers", tiers(r)), card("Departments", hidden, departments(model, r)));
    add(card("Instrument quality", instrument(model, results.instrument(campaignId))));
    List<ResultsService.TrendPoint> trend = results.trend(found.campaign().organisationId());
    if (trend.size() > 1) {
      add(
          card(
              "CEM index (bold) and dimensions across waves",
              chart(DashboardCharts.trend(model, trend), "trend-chart", "340px")));
      ResultsService.deltaToPrevious(trend, campaignId)
          .ifPresent(delta -> add(card("Change since the previous wave", deltas(model, delta))));
    }
  }

  private static Component position(MaturityModel model, Results r) {
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
    Span index =
        new Span(
            format(r.cemIndex())
                + (r.cemIndexMarginOfError() == null
                    ? ""
                    : " ± " + format(r.cemIndexMarginOfError())));
    index.addClassName("cem-index");
    index.setId("cem-index");
    Span stage =
        new Span(r.stage() == null ? "" : "Stage " + r.stage().number() + " · " + r.stage().name());
    stage.addClassName("cem-stage");
    Paragraph explain =
        new Paragraph(
            "The CEM index (0–100) weighs every department's score by its headcount. Its stage also"
                + " requires enough reach and a small enough bolt-on gap."
                + whyLower(model, r));
    explain.addClassName("explain");
    return card("Where the organisation stands", new Div(index, stage), scale, explain);
  }

  /** Why the stage is below the band the index falls in, if it is. */
  static String whyLower(MaturityModel model, Results r) {
    if (r.cemIndex() == null || r.stage() == null) {
      return "";
    }
    MaturityModel.Stage band = model.stages().get(0);
    for (MaturityModel.Stage stage : model.stages()) {
      if (stage.min() <= r.cemIndex()) {
        band = stage;
      }
    }
    if (band.number() == r.stage().number()) {
      return "";
    }
    StringBuilder why = new StringBuilder(" The index lies in the " + band.name() + " band, but");
    if (band.minReach() != null && r.reach() != null && r.reach() < band.minReach()) {
      why.append(
          String.format(
              Locale.ENGLISH,
              " reach is %.0f %% (needs %.0f %%)",
              r.reach() * 100,
              band.minReach() * 100));
    }
    if (band.maxBoltOnGap() != null
        && r.boltOnGap() != null
        && r.boltOnGap() > band.maxBoltOnGap()) {
      why.append(why.toString().endsWith("but") ? "" : " and")
          .append(
              String.format(
                  Locale.ENGLISH,
                  " the bolt-on gap is %.1f points (at most %.0f)",
                  r.boltOnGap(),
                  band.maxBoltOnGap()));
    }
    return why.append(": customer experience has not yet reached the whole organisation.")
        .toString();
  }

  private static Component figures(Results r) {
    Div row =
        new Div(
            figure(
                "Reach",
                percent(r.reach()),
                "Share of people in departments scoring at or above the CEM line."),
            figure(
                "Bolt-on gap",
                points(r.boltOnGap()),
                "Customer-facing departments minus the others: how bolted-on CX still is."),
            figure(
                "Alignment gap",
                points(r.alignmentGap()),
                "Leadership minus staff: how far daily practice lags direction."),
            figure(
                "Dispersion",
                points(r.dispersion()),
                "How far departments' scores spread around the index."),
            figure(
                "Coverage",
                percent(r.coverage()),
                "Share of people in departments with at least one response."),
            figure(
                "Responses",
                r.responses() == null ? "—" : Integer.toString(r.responses()),
                "Answers received in this wave"
                    + rate(
                        r.responses(),
                        r.departments().stream()
                            .mapToInt(Results.DepartmentResult::headcount)
                            .sum())
                    + "."));
    row.addClassName("figure-row");
    return row;
  }

  private static Component figure(String name, String value, String explanation) {
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

  private static Component tiers(Results r) {
    Grid<Results.TierResult> grid = new Grid<>();
    grid.addColumn(t -> DashboardCharts.tierName(t.tier())).setHeader("Tier");
    grid.addColumn(t -> t.suppressed() ? "hidden" : t.responses().toString())
        .setHeader("Responses");
    grid.addColumn(t -> t.suppressed() ? "hidden" : withMargin(t.score(), t.marginOfError()))
        .setHeader("Score");
    grid.setItems(r.tiers());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private static Component departments(MaturityModel model, Results r) {
    Grid<Results.DepartmentResult> grid = new Grid<>();
    grid.addColumn(Results.DepartmentResult::path).setHeader("Department").setFlexGrow(1);
    grid.addColumn(Results.DepartmentResult::headcount).setHeader("People").setAutoWidth(true);
    grid.addColumn(d -> d.customerFacing() ? "customer-facing" : "back office")
        .setHeader("Kind")
        .setAutoWidth(true);
    grid.addColumn(
            d ->
                !d.covered() ? "not covered" : d.suppressed() ? "hidden" : d.responses().toString())
        .setHeader("Responses")
        .setAutoWidth(true);
    grid.addColumn(
            d ->
                d.suppressed() || !d.covered() || d.headcount() == 0
                    ? "—"
                    : percent(d.responses() / (double) d.headcount()))
        .setHeader("Response rate")
        .setAutoWidth(true);
    grid.addColumn(
            d -> d.suppressed() || !d.covered() ? "—" : withMargin(d.score(), d.marginOfError()))
        .setHeader("Score")
        .setAutoWidth(true);
    grid.setItems(r.departments());
    grid.setAllRowsVisible(true);
    grid.setId("department-results");
    grid.addItemClickListener(
        e -> {
          if (!e.getItem().suppressed() && e.getItem().covered()) {
            new DepartmentDrillDown(model, e.getItem()).open();
          }
        });
    return grid;
  }

  private static Component instrument(
      MaturityModel model,
      List<org.cemtracker.scoring.InstrumentQuality.DimensionQuality> quality) {
    Paragraph about =
        new Paragraph(
            "Cronbach's alpha per dimension and tier shows whether a dimension's questions measure one"
                + " thing; below 0.7 is flagged, and so is a question whose correlation with the others is below 0.3. Shown from "
                + org.cemtracker.scoring.InstrumentQuality.MIN_RESPONDENTS
                + " respondents of a tier who answered all of its questions.");
    about.addClassName("explain");
    if (quality.isEmpty()) {
      return new Div(about, new Paragraph("Not enough complete responses yet."));
    }
    Grid<org.cemtracker.scoring.InstrumentQuality.DimensionQuality> grid = new Grid<>();
    grid.addColumn(
            q ->
                model
                    .dimension(q.dimensionId())
                    .map(MaturityModel.Dimension::name)
                    .orElse(q.dimensionId()))
        .setHeader("Dimension")
        .setFlexGrow(1);
    grid.addColumn(q -> DashboardCharts.tierName(q.tier())).setHeader("Tier").setAutoWidth(true);
    grid.addColumn(org.cemtracker.scoring.InstrumentQuality.DimensionQuality::respondents)
        .setHeader("Respondents")
        .setAutoWidth(true);
    grid.addColumn(
            q ->
                q.alpha() == null
                    ? "—"
                    : String.format(Locale.ENGLISH, "%.2f", q.alpha())
                        + (q.weak() ? " ⚠ below 0.7" : ""))
        .setHeader("Alpha")
        .setAutoWidth(true);
    grid.addColumn(
            q ->
                q.items().stream()
                    .filter(org.cemtracker.scoring.InstrumentQuality.ItemFit::weak)
                    .map(
                        i ->
                            i.questionId()
                                + String.format(
                                    Locale.ENGLISH, " (r = %.2f)", i.correctedItemTotal()))
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("—"))
        .setHeader("Questions that do not fit")
        .setFlexGrow(1);
    grid.setItems(quality);
    grid.setAllRowsVisible(true);
    grid.setId("instrument-quality");
    return new Div(about, grid);
  }

  private static Component deltas(MaturityModel model, WaveDelta delta) {
    Div list = new Div();
    list.add(
        new Paragraph(
            "CEM index: "
                + signed(delta.cemIndex())
                + " · reach: "
                + signed(delta.reach() == null ? null : delta.reach() * 100)
                + " points · bolt-on gap: "
                + signed(delta.boltOnGap())));
    Grid<WaveDelta.Change> grid = new Grid<>();
    grid.addColumn(c -> model.dimension(c.key()).map(MaturityModel.Dimension::name).orElse(c.key()))
        .setHeader("Dimension")
        .setFlexGrow(1);
    grid.addColumn(c -> format(c.before())).setHeader("Before");
    grid.addColumn(c -> format(c.after())).setHeader("Now");
    grid.addColumn(c -> signed(c.delta())).setHeader("Change");
    grid.setItems(delta.dimensions());
    grid.setAllRowsVisible(true);
    list.add(grid);
    return list;
  }

  private static Chart chart(String options, String id, String height) {
    Chart chart = new Chart(height);
    chart.setId(id);
    chart.setOptions(options);
    return chart;
  }

  static Div card(String title, Component... content) {
    Div card = new Div(new H3(title));
    card.add(content);
    card.addClassName("card");
    return card;
  }

  static String withMargin(Double score, Double margin) {
    return score == null ? "—" : format(score) + (margin == null ? "" : " ± " + format(margin));
  }

  static String format(Double value) {
    return value == null ? "—" : String.format(Locale.ENGLISH, "%.1f", value);
  }

  static String signed(Double value) {
    return value == null ? "—" : String.format(Locale.ENGLISH, "%+.1f", value);
  }

  private static String points(Double value) {
    return value == null ? "—" : format(value) + " pts";
  }

  private static String rate(Integer responses, int people) {
    return responses == null || people == 0
        ? ""
        : ": " + percent(responses / (double) people) + " of all people";
  }

  private static String percent(Double fraction) {
    return fraction == null ? "—" : String.format(Locale.ENGLISH, "%.0f %%", fraction * 100);
  }
}
