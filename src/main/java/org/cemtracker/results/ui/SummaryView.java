package org.cemtracker.results.ui;

import static org.cemtracker.results.ui.Format.card;
import static org.cemtracker.results.ui.Format.format;
import static org.cemtracker.results.ui.Format.percent;
import static org.cemtracker.results.ui.Format.points;
import static org.cemtracker.results.ui.Format.withMargin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.Tier;
import org.cemtracker.results.SharedSummary;
import org.cemtracker.results.Summaries;

/**
 * A shared summary, for anyone in the organisation with its link and without signing in: where the
 * organisation stands, its dimensions and its tiers, as they stood when a leader shared them.
 */
@Route(value = "summary/:token", autoLayout = false)
@AnonymousAllowed
@Dependent
public class SummaryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final Summaries summaries;

  @Inject
  public SummaryView(Summaries summaries) {
    this.summaries = summaries;
    addClassNames("page", "shared-summary");
    getElement().setAttribute("role", "main");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("results.summary.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String token = event.getRouteParameters().get("token").orElse("");
    summaries
        .read(token)
        .ifPresentOrElse(
            this::show,
            () ->
                add(
                    new H1(getTranslation("results.summary.notShared")),
                    new Paragraph(getTranslation("results.summary.notSharedText"))));
  }

  private void show(SharedSummary s) {
    H1 title = new H1(s.organisation() + " — " + s.campaign());
    title.setId("summary-title");
    Paragraph about =
        new Paragraph(
            s.closedOn() == null
                ? getTranslation(
                    "results.summary.about",
                    String.valueOf(s.responses()),
                    s.model(),
                    String.valueOf(s.threshold()))
                : getTranslation(
                    "results.summary.aboutClosed",
                    String.valueOf(s.responses()),
                    s.model(),
                    String.valueOf(s.threshold()),
                    s.closedOn()));
    about.addClassName("explain");
    Span index = new Span(withMargin(s.cemIndex(), s.cemIndexMarginOfError()));
    index.setId("summary-index");
    index.addClassName("headline-index");
    Span stage =
        new Span(
            s.stage() == null
                ? ""
                : getTranslation("results.common.stage", String.valueOf(s.stage()), s.stageName()));
    stage.addClassName("headline-stage");
    Div figures = new Div();
    figures.addClassName("figure-row");
    figures.add(
        Headline.figure(
            getTranslation("results.figure.reach"),
            percent(s.reach()),
            getTranslation("results.summary.reachExplain")),
        Headline.figure(
            getTranslation("results.figure.boltOnGap"),
            points(s.boltOnGap()),
            getTranslation("results.summary.boltOnGapExplain")),
        Headline.figure(
            getTranslation("results.figure.alignmentGap"),
            points(s.alignmentGap()),
            getTranslation("results.summary.alignmentGapExplain")),
        Headline.figure(
            getTranslation("results.figure.coverage"),
            percent(s.coverage()),
            getTranslation("results.summary.coverageExplain")));
    add(
        title,
        about,
        card(getTranslation("results.summary.index"), new Div(index, stage), reason(s)),
        figures,
        card(getTranslation("results.summary.dimensions"), dimensions(s)),
        card(getTranslation("results.summary.tiers"), tiers(s)));
  }

  private static Component reason(SharedSummary s) {
    Paragraph why =
        new Paragraph(
            Tr.t("results.summary.reason")
                + " "
                + (s.stageReason() == null ? "" : s.stageReason()));
    why.addClassName("explain");
    return why;
  }

  private static Component dimensions(SharedSummary s) {
    Div list = new Div();
    list.setId("summary-dimensions");
    for (SharedSummary.Dimension d : s.dimensions()) {
      Div bar = new Div();
      bar.addClassName("summary-bar-fill");
      bar.getStyle()
          .set("width", String.format(Locale.ROOT, "%.1f%%", d.score() == null ? 0 : d.score()));
      Div track = new Div(bar);
      track.addClassName("summary-bar");
      track.getElement().setAttribute("aria-hidden", "true");
      Span name = new Span(d.name());
      Span value = new Span(format(d.score()));
      value.addClassName("summary-score");
      Div row = new Div(name, track, value);
      row.addClassName("summary-dimension");
      list.add(row);
    }
    return list;
  }

  private static Component tiers(SharedSummary s) {
    Div list = new Div();
    list.setId("summary-tiers");
    for (SharedSummary.TierScore t : s.tiers()) {
      Paragraph line =
          new Paragraph(
              t.hidden()
                  ? Tr.t("results.summary.tierHidden", tierName(t.tier()))
                  : Tr.t(
                      "results.summary.tier",
                      tierName(t.tier()),
                      format(t.score()),
                      String.valueOf(t.responses())));
      list.add(line);
    }
    return list;
  }

  /** The tier as the summary names it ("Leadership"), in the UI's language where it is one. */
  private static String tierName(String tier) {
    return Arrays.stream(Tier.values())
        .filter(t -> t.name().equalsIgnoreCase(tier))
        .findFirst()
        .map(DashboardCharts::tierName)
        .orElse(tier);
  }
}
