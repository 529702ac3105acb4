package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.InitiativeStatus;

/** The board: a column per status, a card per initiative with its health, owner and due date. */
final class StatusBoard {

  private StatusBoard() {}

  static Component of(List<Entry> shown, Consumer<Entry> opened) {
    Div board = new Div();
    board.addClassName("board");
    board.setId("board");
    for (InitiativeStatus s : InitiativeStatus.values()) {
      List<Entry> column = shown.stream().filter(e -> e.initiative().status() == s).toList();
      Div lane = new Div();
      lane.addClassNames("board-column", "status-" + s.name().toLowerCase().replace('_', '-'));
      Span heading = new Span(Badges.label(s) + " · " + column.size());
      heading.addClassName("board-heading");
      lane.add(heading);
      column.forEach(e -> lane.add(card(e, opened)));
      board.add(lane);
    }
    return board;
  }

  private static Component card(Entry entry, Consumer<Entry> opened) {
    var i = entry.initiative();
    Div card = new Div();
    card.addClassName("board-card");
    Span title = new Span(i.title());
    title.addClassName("board-card-title");
    Span meta =
        new Span(
            (entry.ownerEmail() == null ? Tr.t("initiative.board.noOwner") : entry.ownerEmail())
                + (i.dueDate() == null
                    ? ""
                    : " · " + Tr.t("initiative.board.due", Tr.date(i.dueDate()))));
    meta.addClassName("board-card-meta");
    card.add(Badges.rag(i.rag()), title, meta);
    card.addClickListener(e -> opened.accept(entry));
    return card;
  }
}
