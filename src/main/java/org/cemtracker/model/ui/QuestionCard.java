package org.cemtracker.model.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
    Paragraph text = new Paragraph(question.text());
    text.addClassName("question-text");
    Div ladder = new Div();
    ladder.addClassName("anchor-ladder");
    for (int i = 0; i < question.anchors().size(); i++) {
      Span level = new Span((i + 1) + " · " + model.scale().get(i).label());
      level.addClassName("anchor-level");
      Div row = new Div(level, new Span(question.anchors().get(i)));
      row.addClassNames("anchor", "anchor-" + (i + 1));
      ladder.add(row);
    }
    add(head, text, ladder);
  }
}
