package org.cemtracker.model.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.cemtracker.model.MaturityModel;

/** A question with who is asked and its behaviour anchor for every level of the scale. */
class QuestionCard extends Div {

  QuestionCard(MaturityModel model, MaturityModel.Question question) {
    addClassName("question-card");
    Span id = new Span(question.id());
    id.addClassName("question-id");
    Span tiers =
        new Span(
            question.tiers().stream()
                .map(t -> getTranslation("model.tier." + t.name()))
                .collect(Collectors.joining(", ")));
    tiers.addClassNames("badge", "badge-strong");
    Div head = new Div(id, tiers);
    head.addClassName("question-head");
    if (question.externalId() != null) {
      Span external = new Span(getTranslation("model.question.externalId", question.externalId()));
      external.addClassNames("badge", "badge-quiet", "question-external-id");
      head.add(external);
    }
    if (question.reversed()) {
      Span reversed = new Span(getTranslation("model.question.reversed"));
      reversed.addClassNames("badge", "badge-warn", "question-reversed");
      head.add(reversed);
    }
    Paragraph text = new Paragraph(question.text());
    text.addClassName("question-text");
    add(head, text);
    if (question.criteria() != null) {
      Paragraph criteria =
          new Paragraph(getTranslation("model.question.criteria", question.criteria()));
      criteria.addClassName("question-criteria");
      add(criteria);
    }
    Div ladder = new Div();
    ladder.addClassName("anchor-ladder");
    List<MaturityModel.ScaleLevel> levels = model.answersOf(question);
    List<Double> points = model.pointsOf(question);
    for (int i = 0; i < question.anchors().size() && i < levels.size(); i++) {
      String value =
          model.format() == 2
              ? " · " + getTranslation("model.question.points", Math.round(points.get(i)))
              : "";
      Span level = new Span((i + 1) + " · " + levels.get(i).label() + value);
      level.addClassName("anchor-level");
      Div row = new Div(level, new Span(question.anchors().get(i)));
      row.addClassNames("anchor", "anchor-" + (i + 1));
      ladder.add(row);
    }
    add(ladder);
  }
}
