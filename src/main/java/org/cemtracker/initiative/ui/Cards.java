package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The card and the quiet note that the initiative pages are built of. */
final class Cards {

  private Cards() {}

  static Div section(String title) {
    Div card = new Div(new H3(title));
    card.addClassName("card");
    return card;
  }

  static Span note(String text) {
    Span note = new Span(text);
    note.addClassName("roadmap-note");
    return note;
  }
}
