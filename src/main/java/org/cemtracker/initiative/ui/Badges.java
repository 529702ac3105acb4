package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.html.Span;
import org.cemtracker.initiative.InitiativeStatus;
import org.cemtracker.initiative.Rag;

/** The status badge and the RAG dot, the same on the list, the board and an initiative's page. */
final class Badges {

  private Badges() {}

  static Span status(InitiativeStatus status) {
    Span badge = new Span(status.label());
    badge.addClassNames("badge", "status-" + status.name().toLowerCase().replace('_', '-'));
    return badge;
  }

  static Span rag(Rag rag) {
    Span dot = new Span(label(rag));
    dot.addClassNames("rag", "rag-" + rag.name().toLowerCase());
    dot.getElement().setAttribute("title", "Health: " + label(rag));
    return dot;
  }

  static String label(Rag rag) {
    switch (rag) {
      case GREEN:
        return "Green";
      case AMBER:
        return "Amber";
      default:
        return "Red";
    }
  }

  /** The verb for moving to a status, for buttons. */
  static String verb(InitiativeStatus from, InitiativeStatus to) {
    switch (to) {
      case APPROVED:
        return "Approve";
      case IN_PROGRESS:
        return from == InitiativeStatus.DONE
            ? "Reopen"
            : from == InitiativeStatus.BLOCKED ? "Unblock" : "Start work";
      case BLOCKED:
        return "Mark blocked";
      case DONE:
        return "Mark done";
      case CANCELLED:
        return "Cancel initiative";
      default:
        return from == InitiativeStatus.CANCELLED ? "Propose again" : "Back to proposed";
    }
  }
}
