package org.cemtracker.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import org.cemtracker.base.ui.Chart;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.review.Evidence;
import org.cemtracker.review.Rating;
import org.cemtracker.review.Review;
import org.cemtracker.review.Reviews;

/**
 * The consultant's rating of each dimension beside the organisation's own score, with the gap and
 * the evidence; the stage the consultant finds beside the one the scores give. Those who run the
 * campaign rate, claim a stage and publish here; leaders read what is published.
 */
final class ReviewPanel extends Div {

  private final Reviews reviews;
  private final Rating rating;

  ReviewPanel(Reviews reviews, Rating rating, Review review) {
    this.reviews = reviews;
    this.rating = rating;
    setId("consultant-review");
    addClassName("card");
    show(review);
  }

  private void refresh(String campaignId) {
    show(reviews.review(campaignId));
  }

  private void show(Review review) {
    removeAll();
    add(new H3(getTranslation("review.panel.title")));
    Paragraph explain = new Paragraph(getTranslation("review.panel.explain"));
    explain.addClassName("explain");
    add(explain, status(review));
    Chart chart = new Chart(Math.max(220, 70 + 44 * review.dimensions().size()) + "px");
    chart.setId("review-chart");
    chart.setOptions(ReviewChart.options(review));
    add(chart);
    review.dimensions().forEach(d -> add(dimension(review, d)));
    add(stage(review));
  }

  private Component status(Review review) {
    Paragraph status = new Paragraph();
    status.setId("review-status");
    status.addClassName("review-status");
    if (review.published()) {
      status.setText(
          getTranslation(
              "review.panel.published",
              when(review.publication().at()),
              review.publication().by()));
    } else {
      status.setText(getTranslation("review.panel.draft"));
    }
    if (!review.runs()) {
      return status;
    }
    Button toggle =
        review.published()
            ? new Button(
                getTranslation("review.panel.withdraw"),
                e -> act(review, () -> rating.withdraw(id(review))))
            : new Button(
                getTranslation("review.panel.publish"),
                e -> act(review, () -> rating.publish(id(review))));
    toggle.setId(review.published() ? "withdraw-review" : "publish-review");
    toggle.addThemeVariants(
        review.published() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
    toggle.setEnabled(review.rated());
    Div line = new Div(status, toggle);
    line.addClassName("review-status-line");
    return line;
  }

  private Component dimension(Review review, Review.DimensionView d) {
    Div row = row("review-" + d.dimension().id(), d.dimension().name());
    Div figures =
        new Div(
            figure(
                getTranslation("review.panel.ownScore"),
                d.ownScore() == null
                    ? getTranslation("review.panel.notShown")
                    : format(d.ownScore())),
            figure(
                getTranslation("review.panel.consultant"),
                d.rating() == null
                    ? getTranslation("review.panel.notRated")
                    : d.rating().level()
                        + " — "
                        + d.rating().label()
                        + " ("
                        + format(d.ratingPoints())
                        + ")"),
            figure(
                getTranslation("review.panel.gap"),
                d.gap() == null ? "—" : getTranslation("review.panel.points", signed(d.gap()))));
    figures.addClassName("review-figures");
    row.add(figures);
    if (d.gap() != null) {
      figures
          .getChildren()
          .reduce((a, b) -> b)
          .ifPresent(
              gap ->
                  gap.getElement()
                      .getClassList()
                      .add(d.gap() < 0 ? "review-gap-below" : "review-gap-above"));
    }
    row.add(evidence(d.rating()));
    if (review.runs()) {
      List<RatingDialog.Option> levels =
          review.campaign().model().scale().stream()
              .map(s -> new RatingDialog.Option(s.level(), s.label()))
              .toList();
      Button rate =
          new Button(
              getTranslation(
                  d.rating() == null ? "review.panel.rate" : "review.panel.changeRating"),
              e ->
                  new RatingDialog(
                          getTranslation("review.panel.rateTitle", d.dimension().name()),
                          getTranslation("review.panel.level"),
                          levels,
                          d.rating(),
                          new RatingDialog.Actions(
                              request ->
                                  rating.rateDimension(id(review), d.dimension().id(), request),
                              () -> rating.unrateDimension(id(review), d.dimension().id())),
                          () -> refresh(id(review)))
                      .open());
      rate.setId("rate-" + d.dimension().id());
      rate.addThemeVariants(ButtonVariant.LUMO_SMALL);
      row.add(rate);
    }
    return row;
  }

  private Component stage(Review review) {
    Review.StageView stage = review.stage();
    Div row = row("review-stage", getTranslation("review.panel.stage"));
    Review.Rated claimed = stage.claimed();
    Div figures =
        new Div(
            figure(
                getTranslation("review.panel.scoresGive"),
                stage.computed() == null
                    ? getTranslation("review.panel.notShown")
                    : stage.computed().number() + " — " + stage.computed().name()),
            figure(
                getTranslation("review.panel.consultantFinds"),
                claimed == null
                    ? getTranslation("review.panel.noStage")
                    : claimed.level() + " — " + claimed.label()));
    figures.addClassName("review-figures");
    row.add(figures, evidence(claimed));
    if (review.runs()) {
      List<RatingDialog.Option> stages =
          review.campaign().model().stages().stream()
              .map(s -> new RatingDialog.Option(s.number(), s.name()))
              .toList();
      Button claim =
          new Button(
              getTranslation(claimed == null ? "review.panel.claim" : "review.panel.changeStage"),
              e ->
                  new RatingDialog(
                          getTranslation("review.panel.stageTitle"),
                          getTranslation("review.panel.stage"),
                          stages,
                          claimed,
                          new RatingDialog.Actions(
                              request -> rating.claimStage(id(review), request),
                              () -> rating.unclaimStage(id(review))),
                          () -> refresh(id(review)))
                      .open());
      claim.setId("claim-stage");
      claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
      row.add(claim);
    }
    return row;
  }

  private static Component evidence(Review.Rated rated) {
    Div evidence = new Div();
    evidence.addClassName("review-evidence");
    if (rated == null) {
      return evidence;
    }
    if (rated.evidence().note() != null) {
      Paragraph note = new Paragraph(rated.evidence().note());
      note.addClassName("review-note");
      evidence.add(note);
    }
    for (Evidence.Link link : rated.evidence().links()) {
      Anchor anchor = new Anchor(link.url(), link.label(), AnchorTarget.BLANK);
      anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
      anchor.addClassName("review-link");
      evidence.add(anchor);
    }
    Span by =
        new Span(Tr.t("review.panel.ratedBy", rated.byName(), rated.byEmail(), when(rated.at())));
    by.addClassName("review-by");
    evidence.add(by);
    return evidence;
  }

  private static Div row(String id, String title) {
    Span name = new Span(title);
    name.addClassName("review-name");
    Div row = new Div(name);
    row.setId(id);
    row.addClassName("review-row");
    return row;
  }

  private static Span figure(String label, String value) {
    Span caption = new Span(label);
    caption.addClassName("fact-label");
    Span figure = new Span(caption, new Span(value));
    figure.addClassName("review-figure");
    return figure;
  }

  private void act(Review review, Runnable change) {
    change.run();
    refresh(id(review));
  }

  private static String id(Review review) {
    return review.campaign().id();
  }

  private static String when(OffsetDateTime at) {
    return Tr.dateTime(at);
  }

  private static String format(Double value) {
    return (Math.copySign(1.0, value) < 0 ? "-" : "") + digits(value);
  }

  private static String signed(Double value) {
    return (Math.copySign(1.0, value) < 0 ? "−" : "+") + digits(value);
  }

  /**
   * The magnitude with one decimal in the UI's language, rounded half up as {@code
   * String.format("%.1f")} rounds, so that English reads as it always has.
   */
  private static String digits(double value) {
    return Tr.number(
        BigDecimal.valueOf(Math.abs(value)).setScale(1, RoundingMode.HALF_UP).doubleValue(), 1);
  }
}
