package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService.GroupQuestions;
import org.cemtracker.scoring.Bands;
import org.cemtracker.scoring.PublishedGroups;
import org.cemtracker.scoring.QuestionBreakdown.DimensionFigures;
import org.cemtracker.scoring.QuestionBreakdown.QuestionFigures;

/**
 * Question by question, for one published group the reader picks: each dimension's score and its
 * questions lowest first — the mean, the answers over the scale's levels as a stacked bar from the
 * lowest level to the highest, the favourable share and the share of "don't know".
 */
final class QuestionsPanel extends Div {

  private final Function<String, GroupQuestions> read;
  private final MaturityModel model;
  private final Div body = new Div();

  QuestionsPanel(MaturityModel model, Function<String, GroupQuestions> read) {
    this.model = model;
    this.read = read;
    GroupQuestions first = read.apply(PublishedGroups.ORGANISATION);
    Select<PublishedGroups.Group> group = new Select<>();
    group.setId("question-group");
    group.setLabel("Group");
    group.setItems(first.groups());
    group.setItemLabelGenerator(g -> g.label() + " (" + g.responses() + " responses)");
    group.setValue(first.groups().get(0));
    group.setHelperText(
        "Only groups that cannot be combined into a smaller hidden one: the organisation, tiers,"
            + " divisions, departments and the customer-facing side.");
    group.addValueChangeListener(e -> show(read.apply(e.getValue().key())));
    group.addClassName("question-group");
    add(group, legend(), body);
    addClassName("questions-panel");
    show(first);
  }

  private void show(GroupQuestions found) {
    body.removeAll();
    for (DimensionFigures d : found.breakdown().dimensions()) {
      Div dimension = new Div();
      dimension.addClassName("question-dimension");
      H4 title =
          new H4(
              name(d.dimensionId()) + (d.score() == null ? "" : " — " + Format.format(d.score())));
      dimension.add(title);
      d.questions().stream()
          .sorted(Comparator.comparing(QuestionFigures::score, nullsLast()))
          .forEach(q -> dimension.add(row(q)));
      body.add(dimension);
    }
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
            "Questions lowest first. Favourable: levels "
                + bands.favourableFrom()
                + "–"
                + model.levels()
                + (bands.neutral() == 0 ? "" : "; neutral: level " + bands.neutral())
                + "; unfavourable: levels 1–"
                + bands.unfavourableUpTo()
                + ". \"Don't know\" counts among those asked, not in the mean.");
    explain.addClassName("explain");
    return new Div(legend, explain);
  }

  private Component row(QuestionFigures q) {
    Div row = new Div();
    row.addClassName("question-row");
    Paragraph text = new Paragraph(text(q.questionId()));
    text.addClassName("question-text");
    if (q.withheld()) {
      Span why =
          new Span(
              "Not shown for this group: too few of its people were asked this question to show"
                  + " their answers apart.");
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
    StringBuilder said = new StringBuilder("Answers: ");
    for (int i = 0; i < q.distribution().size(); i++) {
      long n = q.distribution().get(i);
      said.append(i == 0 ? "" : ", ").append("level ").append(i + 1).append(": ").append(n);
      if (n > 0) {
        Div part = new Div();
        part.addClassNames("level-part", colour(i + 1));
        part.getStyle().set("flex-grow", String.valueOf(n));
        part.getElement().setAttribute("title", model.scale().get(i).label() + ": " + n);
        bar.add(part);
      }
    }
    bar.getElement().setAttribute("aria-label", said.toString());
    return bar;
  }

  private Component figures(QuestionFigures q) {
    Span mean =
        new Span(
            "Mean "
                + Format.format(q.mean())
                + " of "
                + model.levels()
                + " · "
                + Format.points(q.score()));
    Span favourable = new Span("Favourable " + share(q.bands().favourable(), q.answered()));
    Span dontKnow = new Span("Don't know " + share(q.dontKnow(), q.asked()));
    mean.addClassName("question-mean");
    favourable.addClassName("question-favourable");
    dontKnow.addClassName("question-dont-know");
    Div figures = new Div(mean, favourable, dontKnow);
    figures.addClassName("question-figures");
    return figures;
  }

  private static String share(Long part, Long whole) {
    return whole == 0 ? "—" : String.format(Locale.ENGLISH, "%.0f %%", 100.0 * part / whole);
  }

  /** The level's colour, from the bolt-on red of level 1 to the teal of the highest level. */
  private String colour(int level) {
    int levels = model.levels();
    return "stage-colour-" + (1 + Math.round((level - 1) * 4f / (levels - 1)));
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
