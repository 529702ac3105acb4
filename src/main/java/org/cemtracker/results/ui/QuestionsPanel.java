package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService.GroupQuestions;
import org.cemtracker.scoring.Bands;
import org.cemtracker.scoring.GroupComparison;
import org.cemtracker.scoring.QuestionBreakdown.DimensionFigures;
import org.cemtracker.scoring.QuestionBreakdown.QuestionFigures;

/**
 * Question by question, for the published group the dashboard is filtered to: each dimension's
 * score and its questions lowest first — the mean, the answers over the scale's levels as a stacked
 * bar from the lowest level to the highest, the favourable share and the share of "don't know".
 */
final class QuestionsPanel extends Div {

  private final MaturityModel model;
  private final GroupQuestions found;

  QuestionsPanel(MaturityModel model, GroupQuestions found) {
    this.model = model;
    this.found = found;
    add(legend(), withheld(found));
    addClassName("questions-panel");
    for (DimensionFigures d : found.breakdown().dimensions()) {
      Div dimension = new Div();
      dimension.addClassName("question-dimension");
      Double score =
          found.comparison().dimensions().stream()
              .filter(c -> c.dimensionId().equals(d.dimensionId()))
              .findFirst()
              .map(GroupComparison.DimensionComparison::score)
              .orElse(null);
      H4 title =
          new H4(name(d.dimensionId()) + (score == null ? "" : " — " + Format.format(score)));
      dimension.add(title);
      d.questions().stream()
          .sorted(Comparator.comparing(QuestionFigures::score, nullsLast()))
          .forEach(q -> dimension.add(row(q)));
      add(dimension);
    }
  }

  /** Whether the group's dimension scores weigh departments by headcount (rule 5's way). */
  private boolean weighted() {
    return List.of("organisation", "division", "side").contains(found.breakdown().group().kind());
  }

  /** How many questions this group cannot show, and why; nothing when it shows them all. */
  private static Component withheld(GroupQuestions found) {
    List<QuestionFigures> all =
        found.breakdown().dimensions().stream().flatMap(d -> d.questions().stream()).toList();
    long withheld = all.stream().filter(QuestionFigures::withheld).count();
    Paragraph note = new Paragraph();
    note.setId("questions-withheld");
    note.addClassName("release-note");
    note.setText(
        Tr.t("results.questions.withheld", String.valueOf(withheld), String.valueOf(all.size())));
    note.setVisible(withheld > 0);
    return note;
  }

  private Component legend() {
    Div legend = new Div();
    legend.addClassName("level-legend");
    for (MaturityModel.ScaleLevel level : model.scale()) {
      Span key = new Span(level.level() + " " + level.label());
      key.addClassNames("level-key", colour(level.level()));
      legend.add(key);
    }
    Bands bands = new Bands(model.levels());
    Paragraph explain =
        new Paragraph(
            Tr.t(
                    "results.questions.favourable",
                    String.valueOf(bands.favourableFrom()),
                    String.valueOf(model.levels()))
                + (bands.neutral() == 0
                    ? ""
                    : Tr.t("results.questions.neutral", String.valueOf(bands.neutral())))
                + Tr.t("results.questions.unfavourable", String.valueOf(bands.unfavourableUpTo()))
                + (found.previous() == null
                    ? ""
                    : " " + Tr.t("results.questions.changesSince", found.previous().name()))
                + (weighted() ? " " + Tr.t("results.questions.weighted") : ""));
    explain.addClassName("explain");
    return new Div(legend, explain);
  }

  private Component row(QuestionFigures q) {
    Div row = new Div();
    row.addClassName("question-row");
    Paragraph text = new Paragraph(text(q.questionId()));
    text.addClassName("question-text");
    if (q.withheld()) {
      Span why = new Span(Tr.t("results.questions.notShown"));
      why.addClassName("question-withheld");
      row.add(text, why);
    } else {
      row.add(text, bar(q), figures(q));
    }
    row.getElement().setAttribute("data-question", q.questionId());
    return row;
  }

  private Component bar(QuestionFigures q) {
    Div bar = new Div();
    bar.addClassName("level-bar");
    bar.getElement().setAttribute("role", "img");
    List<String> said = new ArrayList<>();
    MaturityModel.Question question = model.question(q.questionId()).orElseThrow();
    List<MaturityModel.ScaleLevel> levels = model.answersOf(question);
    List<Double> points = model.pointsOf(question);
    for (int i = 0; i < q.distribution().size(); i++) {
      long n = q.distribution().get(i);
      said.add(Tr.t("results.questions.levelCount", String.valueOf(i + 1), String.valueOf(n)));
      if (n > 0) {
        Div part = new Div();
        part.addClassNames("level-part", colourOf(points.get(i)));
        part.getStyle().set("flex-grow", String.valueOf(n));
        part.getElement().setAttribute("title", levels.get(i).label() + ": " + n);
        bar.add(part);
      }
    }
    bar.getElement()
        .setAttribute("aria-label", Tr.t("results.questions.answers", String.join(", ", said)));
    return bar;
  }

  private Component figures(QuestionFigures q) {
    Span mean =
        new Span(
            Tr.t(
                "results.questions.mean",
                Format.format(q.mean()),
                String.valueOf(q.distribution().size()),
                Format.points(q.score())));
    Span favourable =
        new Span(
            Tr.t("results.questions.favourableShare", share(q.bands().favourable(), q.answered())));
    Span dontKnow =
        new Span(Tr.t("results.questions.dontKnowShare", share(q.dontKnow(), q.asked())));
    mean.addClassName("question-mean");
    favourable.addClassName("question-favourable");
    dontKnow.addClassName("question-dont-know");
    Div figures = new Div(mean, favourable, dontKnow);
    GroupComparison.QuestionChange change = found.comparison().questions().get(q.questionId());
    if (found.previous() != null && change != null && change.change() != null) {
      Span since =
          new Span(
              Tr.t(
                  "results.questions.since",
                  Format.signed(change.change()),
                  found.previous().name(),
                  Format.format(change.previousMean())));
      since.addClassName("question-change");
      figures.add(since);
    }
    figures.addClassName("question-figures");
    return figures;
  }

  private static String share(Long part, Long whole) {
    return whole == 0 ? "—" : Format.percentage(100.0 * part / whole);
  }

  /** The level's colour, from the bolt-on red of level 1 to the teal of the highest level. */
  private String colour(int level) {
    int levels = model.levels();
    return "stage-colour-" + (1 + Math.round((level - 1) * 4f / (levels - 1)));
  }

  /** An answer's colour by the points it counts for: red at 0, teal at 100. */
  private static String colourOf(double points) {
    return "stage-colour-" + (1 + Math.round(points / 25));
  }

  private String name(String dimensionId) {
    return model.dimension(dimensionId).map(MaturityModel.Dimension::name).orElse(dimensionId);
  }

  private String text(String questionId) {
    return model.question(questionId).map(MaturityModel.Question::text).orElse(questionId);
  }

  private static Comparator<Double> nullsLast() {
    return Comparator.nullsLast(Comparator.naturalOrder());
  }
}
