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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.cemtracker.results.SharedSummary;
import org.cemtracker.results.Summaries;

/**
 * A shared summary, for anyone in the organisation with its link and without signing in: where the
 * organisation stands, its dimensions and its tiers, as they stood when a leader shared them.
 */
@Route(value = "summary/:token", autoLayout = false)
@PageTitle("Results summary · CEM Tracker")
@AnonymousAllowed
@Dependent
public class SummaryView extends Div implements BeforeEnterObserver {

  private final Summaries summaries;

  @Inject
  public SummaryView(Summaries summaries) {
    this.summaries = summaries;
    addClassNames("page", "shared-summary");
    getElement().setAttribute("role", "main");
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
                    new H1("This summary is not shared"),
                    new Paragraph(
                        "The link does not work: it may have been mistyped, or the person who"
                            + " shared it has stopped sharing it. Ask them for the current link.")));
  }

  private void show(SharedSummary s) {
    H1 title = new H1(s.organisation() + " — " + s.campaign());
    title.setId("summary-title");
    Paragraph about =
        new Paragraph(
            "A read-only summary of the results, shared with everyone in the organisation. "
                + s.responses()
                + " responses to “"
                + s.model()
                + "”"
                + (s.closedOn() == null ? "" : ", closed on " + s.closedOn())
                + ". No figure comes from a group of fewer than "
                + s.threshold()
                + " people, and no department's figures are in it.");
    about.addClassName("explain");
    Span index = new Span(withMargin(s.cemIndex(), s.cemIndexMarginOfError()));
    index.setId("summary-index");
    index.addClassName("headline-index");
    Span stage = new Span(s.stage() == null ? "" : "Stage " + s.stage() + " · " + s.stageName());
    stage.addClassName("headline-stage");
    Div figures = new Div();
    figures.addClassName("figure-row");
    figures.add(
        Headline.figure(
            "Reach",
            percent(s.reach()),
            "Share of people in departments at or above the CEM line."),
        Headline.figure(
            "Bolt-on gap", points(s.boltOnGap()), "Customer-facing departments minus the others."),
        Headline.figure("Alignment gap", points(s.alignmentGap()), "Leadership minus staff."),
        Headline.figure(
            "Coverage", percent(s.coverage()), "Share of people in departments with responses."));
    add(
        title,
        about,
        card("CEM index (0–100)", new Div(index, stage), reason(s)),
        figures,
        card("Dimensions", dimensions(s)),
        card("Tiers", tiers(s)));
  }

  private static Component reason(SharedSummary s) {
    Paragraph why =
        new Paragraph(
            "The index weighs every department's score by its headcount; its stage also requires"
                + " enough reach and a small enough bolt-on gap. "
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
              t.tier()
                  + ": "
                  + (t.hidden()
                      ? "too few responses to show"
                      : format(t.score()) + " (" + t.responses() + " responses)"));
      list.add(line);
    }
    return list;
  }
}
