package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.CheckIn;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.Rag;

/** An initiative's check-ins, newest first on a timeline, with the form to post one. */
final class CheckInsPanel {

  private final InitiativeService initiatives;
  private final Entry entry;
  private final String initiativeId;
  private final Runnable refresh;

  CheckInsPanel(InitiativeService initiatives, Entry entry, Runnable refresh) {
    this.initiatives = initiatives;
    this.entry = entry;
    this.initiativeId = entry.initiative().id();
    this.refresh = refresh;
  }

  Component build() {
    Div card = Cards.section(Tr.t("initiative.checkIns.title"));
    if (entry.editable()) {
      card.add(checkInForm());
    }
    List<CheckIn> checkIns = new java.util.ArrayList<>(entry.initiative().checkIns());
    Collections.reverse(checkIns);
    if (checkIns.isEmpty()) {
      card.add(Cards.note(Tr.t("initiative.checkIns.none")));
    }
    Div timeline = new Div();
    timeline.addClassName("timeline");
    timeline.setId("check-in-timeline");
    for (CheckIn c : checkIns) {
      Div item = new Div();
      item.addClassNames("timeline-item", "rag-" + c.rag().name().toLowerCase());
      Span when = new Span(Tr.date(c.date()));
      when.addClassName("timeline-date");
      Span who = new Span(c.authorEmail() == null ? "" : c.authorEmail());
      who.addClassName("timeline-author");
      item.add(new Div(when, Badges.rag(c.rag()), who));
      if (c.note() != null) {
        item.add(new Paragraph(c.note()));
      }
      timeline.add(item);
    }
    card.add(timeline);
    return card;
  }

  private Component checkInForm() {
    DatePicker date = new DatePicker(Tr.t("initiative.checkIns.date"));
    date.setValue(LocalDate.now());
    date.setId("check-in-date");
    Select<Rag> rag = new Select<>();
    rag.setLabel(Tr.t("initiative.checkIns.health"));
    rag.setItems(Rag.values());
    rag.setItemLabelGenerator(Badges::label);
    rag.setValue(entry.initiative().rag());
    rag.setId("check-in-rag");
    TextArea note = new TextArea(Tr.t("initiative.checkIns.note"));
    note.setPlaceholder(Tr.t("initiative.checkIns.notePlaceholder"));
    note.setMaxLength(4000);
    note.setWidthFull();
    note.setId("check-in-note");
    Button post =
        new Button(
            Tr.t("initiative.checkIns.post"),
            e -> {
              try {
                initiatives.checkIn(
                    initiativeId,
                    date.getValue() == null ? null : date.getValue().toString(),
                    rag.getValue() == null ? null : rag.getValue().name(),
                    note.getValue());
                refresh.run();
              } catch (Problem problem) {
                FieldErrors.show(problem, Map.of("date", date, "rag", rag, "note", note));
              }
            });
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    post.setId("post-check-in");
    date.setWidthFull();
    rag.setWidthFull();
    Div row = new Div(date, rag);
    row.addClassName("check-in-fields");
    Div form = new Div(row, note, post);
    form.addClassName("check-in-form");
    return form;
  }
}
