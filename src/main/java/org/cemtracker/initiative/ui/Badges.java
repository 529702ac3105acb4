package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.html.Span;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.InitiativeStatus;
import org.cemtracker.initiative.Rag;

/** The status badge and the RAG dot, the same on the list, the board and an initiative's page. */
final class Badges {

  private Badges() {}

  static Span status(InitiativeStatus status) {
    Span badge = new Span(label(status));
    badge.addClassNames("badge", "status-" + status.name().toLowerCase().replace('_', '-'));
    return badge;
  }

  /** A status in the UI's language ("In progress"). */
  static String label(InitiativeStatus status) {
    return Tr.t("initiative.status." + status.name());
  }

  static Span rag(Rag rag) {
    Span dot = new Span(label(rag));
    dot.addClassNames("rag", "rag-" + rag.name().toLowerCase());
    dot.getElement().setAttribute("title", Tr.t("initiative.rag.title", label(rag)));
    return dot;
  }

  static String label(Rag rag) {
    switch (rag) {
      case GREEN:
        return Tr.t("initiative.rag.GREEN");
      case AMBER:
        return Tr.t("initiative.rag.AMBER");
      default:
        return Tr.t("initiative.rag.RED");
    }
  }

  /** The verb for moving to a status, for buttons. */
  static String verb(InitiativeStatus from, InitiativeStatus to) {
    switch (to) {
      case APPROVED:
        return Tr.t("initiative.verb.approve");
      case IN_PROGRESS:
        return Tr.t(
            from == InitiativeStatus.DONE
                ? "initiative.verb.reopen"
                : from == InitiativeStatus.BLOCKED
                    ? "initiative.verb.unblock"
                    : "initiative.verb.start");
      case BLOCKED:
        return Tr.t("initiative.verb.block");
      case DONE:
        return Tr.t("initiative.verb.done");
      case CANCELLED:
        return Tr.t("initiative.verb.cancel");
      default:
        return Tr.t(
            from == InitiativeStatus.CANCELLED
                ? "initiative.verb.proposeAgain"
                : "initiative.verb.backToProposed");
    }
  }
}
