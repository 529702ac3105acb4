package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.Initiative;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.Milestone;

/**
 * The roadmap: one row per initiative with a bar from its start to its due date (coloured by its
 * RAG), its milestones as diamonds, month marks above and a line for today. Plain HTML and CSS, so
 * it prints and needs no chart library.
 */
class Roadmap extends Div {

  private final LocalDate from;
  private final LocalDate to;

  Roadmap(List<Entry> entries, LocalDate today) {
    addClassName("roadmap");
    setId("roadmap");
    List<Entry> scheduled = new ArrayList<>();
    List<Entry> unscheduled = new ArrayList<>();
    LocalDate first = today;
    LocalDate last = today.plusMonths(1);
    for (Entry entry : entries) {
      Initiative i = entry.initiative();
      if (i.startDate() == null && i.dueDate() == null) {
        unscheduled.add(entry);
        continue;
      }
      scheduled.add(entry);
      for (LocalDate d : dates(i)) {
        first = d.isBefore(first) ? d : first;
        last = d.isAfter(last) ? d : last;
      }
    }
    from = first.withDayOfMonth(1);
    to = last.withDayOfMonth(1).plusMonths(1);
    add(scale(today));
    scheduled.sort(
        java.util.Comparator.comparing((Entry e) -> begin(e.initiative()))
            .thenComparing(e -> e.initiative().title()));
    scheduled.forEach(e -> add(row(e, today)));
    if (scheduled.isEmpty()) {
      Span none = new Span(getTranslation("initiative.roadmap.none"));
      none.addClassName("roadmap-note");
      add(none);
    }
    if (!unscheduled.isEmpty()) {
      Span note =
          new Span(
              getTranslation(
                  "initiative.roadmap.unscheduled",
                  String.join(
                      ", ", unscheduled.stream().map(e -> e.initiative().title()).toList())));
      note.addClassName("roadmap-note");
      add(note);
    }
  }

  private static List<LocalDate> dates(Initiative i) {
    List<LocalDate> dates = new ArrayList<>();
    if (i.startDate() != null) {
      dates.add(i.startDate());
    }
    if (i.dueDate() != null) {
      dates.add(i.dueDate());
    }
    i.milestones().stream().map(Milestone::dueDate).filter(d -> d != null).forEach(dates::add);
    return dates;
  }

  private static LocalDate begin(Initiative i) {
    return i.startDate() != null ? i.startDate() : i.dueDate();
  }

  private double position(LocalDate date) {
    double span = ChronoUnit.DAYS.between(from, to);
    return Math.max(0, Math.min(100, ChronoUnit.DAYS.between(from, date) * 100.0 / span));
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.3f%%", value);
  }

  private Div scale(LocalDate today) {
    Div track = new Div();
    track.addClassName("roadmap-track");
    long months = ChronoUnit.MONTHS.between(from, to);
    int step = months > 24 ? 3 : months > 12 ? 2 : 1;
    DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", Tr.locale());
    for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(step)) {
      Span mark = new Span(month.format(m));
      mark.addClassName("roadmap-month");
      mark.getStyle().set("left", percent(position(m)));
      track.add(mark);
    }
    track.add(today(today, true));
    Span label = new Span(getTranslation("initiative.roadmap.initiative"));
    label.addClassName("roadmap-label");
    Div row = new Div(label, track);
    row.addClassNames("roadmap-row", "roadmap-scale");
    return row;
  }

  private Span today(LocalDate today, boolean labelled) {
    Span line = new Span(labelled ? getTranslation("initiative.roadmap.today") : "");
    line.addClassName("roadmap-today");
    line.getStyle().set("left", percent(position(today)));
    return line;
  }

  private Div row(Entry entry, LocalDate today) {
    Initiative i = entry.initiative();
    Anchor label = new Anchor("initiatives/" + i.id(), i.title());
    label.addClassName("roadmap-label");
    Div track = new Div();
    track.addClassName("roadmap-track");
    LocalDate begin = begin(i);
    LocalDate end = i.dueDate() != null ? i.dueDate() : i.startDate();
    Div bar = new Div();
    bar.addClassNames("roadmap-bar", "rag-" + i.rag().name().toLowerCase(Locale.ROOT));
    if (i.dueDate() == null) {
      bar.addClassName("open-ended");
    }
    double left = position(begin);
    bar.getStyle().set("left", percent(left));
    bar.getStyle().set("width", percent(Math.max(1.2, position(end) - left)));
    bar.getElement()
        .setAttribute(
            "title",
            Badges.label(i.status())
                + " · "
                + (i.startDate() == null ? "?" : Tr.date(i.startDate()))
                + " – "
                + (i.dueDate() == null ? "?" : Tr.date(i.dueDate())));
    bar.add(new Span(Badges.label(i.status())));
    track.add(bar);
    for (Milestone m : i.milestones()) {
      if (m.dueDate() == null) {
        continue;
      }
      Span diamond = new Span();
      diamond.addClassName("roadmap-milestone");
      if (m.done()) {
        diamond.addClassName("done");
      } else if (m.isOverdue(today)) {
        diamond.addClassName("overdue");
      }
      diamond.getStyle().set("left", percent(position(m.dueDate())));
      diamond
          .getElement()
          .setAttribute(
              "title",
              m.title()
                  + " · "
                  + Tr.date(m.dueDate())
                  + (m.done() ? " · " + getTranslation("initiative.roadmap.done") : ""));
      track.add(diamond);
    }
    track.add(today(today, false));
    Div row = new Div(label, track);
    row.addClassName("roadmap-row");
    return row;
  }
}
