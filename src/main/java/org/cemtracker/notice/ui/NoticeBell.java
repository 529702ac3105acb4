package org.cemtracker.notice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.notice.Notice;
import org.cemtracker.notice.Notices;

/**
 * A bell with the number of unread notifications; it opens the latest, each leading where it
 * concerns (opening one marks it read), and marks them all read on request.
 */
final class NoticeBell extends Div {

  private final Notices notices;
  private final Button bell = new Button(VaadinIcon.BELL.create());
  private final Span badge = new Span();
  private final Div list = new Div();

  NoticeBell(Notices notices) {
    this.notices = notices;
    setId("notices");
    addClassName("notice-bell");
    bell.setId("notice-bell");
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    badge.setId("notice-count");
    badge.addClassName("notice-count");
    add(bell, badge);
    Popover popover = new Popover();
    popover.setTarget(bell);
    popover.setPosition(PopoverPosition.BOTTOM_END);
    popover.setWidth("24rem");
    popover.addOpenedChangeListener(
        e -> {
          if (e.isOpened()) {
            show();
          }
        });
    list.setId("notice-list");
    list.addClassName("notice-list");
    popover.add(list);
    add(popover);
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    count();
  }

  private void count() {
    long unread = notices.unread();
    badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
    badge.setVisible(unread > 0);
    bell.setAriaLabel(
        unread == 0
            ? getTranslation("notice.bell.label")
            : getTranslation("notice.bell.unread", Long.toString(unread)));
  }

  private void show() {
    list.removeAll();
    H4 title = new H4(getTranslation("notice.bell.title"));
    Button all =
        new Button(
            getTranslation("notice.bell.readAll"),
            e -> {
              notices.readAll();
              show();
            });
    all.setId("notices-read");
    all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Div head = new Div(title, all);
    head.addClassName("notice-head");
    list.add(head);
    List<Notice> mine = notices.mine();
    if (mine.isEmpty()) {
      list.add(new Paragraph(getTranslation("notice.bell.empty")));
    }
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern(getTranslation("notice.bell.dayPattern"), Tr.locale());
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Tr.locale());
    for (Notice notice : mine) {
      Anchor line = new Anchor(notice.link() == null ? "" : notice.link(), notice.text());
      line.addClassName(notice.isRead() ? "notice-read" : "notice-unread");
      line.getElement().addEventListener("click", e -> notices.read(notice.id()));
      var at = notice.createdAt().withOffsetSameInstant(ZoneOffset.UTC);
      Span when = new Span(getTranslation("notice.bell.when", day.format(at), time.format(at)));
      when.addClassName("notice-when");
      Div item = new Div(line, when);
      item.addClassName("notice");
      list.add(item);
    }
    count();
  }
}
