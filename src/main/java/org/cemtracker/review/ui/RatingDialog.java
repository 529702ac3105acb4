package org.cemtracker.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.review.RatingRequest;
import org.cemtracker.review.Review;

/**
 * Rates one subject — a dimension on the model's scale, or the stage — with its evidence: a note
 * and links, one per line ("label | https://…" or only the address). Mistakes show on the fields.
 */
final class RatingDialog extends Dialog {

  /** A level that can be chosen, with how it is shown. */
  record Option(int level, String label) {}

  /** What saving and removing do; each may refuse with a {@link Problem}. */
  record Actions(Consumer<RatingRequest> save, Runnable remove) {}

  private final Select<Option> level = new Select<>();
  private final TextArea note = new TextArea(Tr.t("review.rating.note"));
  private final TextArea links = new TextArea(Tr.t("review.rating.links"));

  RatingDialog(
      String title,
      String what,
      List<Option> options,
      Review.Rated current,
      Actions act,
      Runnable done) {
    setHeaderTitle(title);
    setWidth("36rem");
    level.setId("rating-level");
    level.setLabel(what);
    level.setItems(options);
    level.setItemLabelGenerator(o -> o.level() + " — " + o.label());
    level.setWidthFull();
    note.setId("rating-note");
    note.setWidthFull();
    note.setMaxLength(4000);
    note.setHelperText(getTranslation("review.rating.noteHelper"));
    links.setId("rating-links");
    links.setWidthFull();
    links.setHelperText(getTranslation("review.rating.linksHelper"));
    if (current != null) {
      options.stream()
          .filter(o -> o.level() == current.level())
          .findFirst()
          .ifPresent(level::setValue);
      note.setValue(current.evidence().note() == null ? "" : current.evidence().note());
      links.setValue(
          String.join(
              "\n",
              current.evidence().links().stream().map(l -> l.label() + " | " + l.url()).toList()));
    }
    Paragraph explain = new Paragraph(getTranslation("review.rating.explain"));
    explain.addClassName("explain");
    add(level, note, links, explain);
    Button save =
        new Button(
            getTranslation("review.rating.save"),
            e -> attempt(() -> act.save().accept(request(current)), done));
    save.setId("save-rating");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("review.rating.cancel"), e -> close());
    getFooter().add(cancel, save);
    if (current != null) {
      Button remove =
          new Button(getTranslation("review.rating.remove"), e -> attempt(act.remove(), done));
      remove.setId("remove-rating");
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      getFooter().addComponentAsFirst(remove);
    }
  }

  private RatingRequest request(Review.Rated current) {
    List<RatingRequest.LinkRequest> parsed = new ArrayList<>();
    for (String line : links.getValue().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int bar = line.lastIndexOf('|');
      parsed.add(
          bar < 0
              ? new RatingRequest.LinkRequest(null, line.strip())
              : new RatingRequest.LinkRequest(
                  line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
    }
    return new RatingRequest(
        level.getValue() == null ? null : level.getValue().level(),
        note.getValue(),
        parsed,
        current == null ? null : current.version());
  }

  private void attempt(Runnable action, Runnable done) {
    try {
      action.run();
      close();
      done.run();
    } catch (Problem problem) {
      if (problem.fields().isEmpty()) {
        Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE)
            .addThemeVariants(NotificationVariant.LUMO_ERROR);
        return;
      }
      show(problem.fields());
    }
  }

  /** Each field's message on its field; the links' messages by line, on the links field. */
  private void show(Map<String, String> fields) {
    level.setInvalid(fields.containsKey("level"));
    level.setErrorMessage(fields.get("level"));
    note.setInvalid(fields.containsKey("note"));
    note.setErrorMessage(fields.get("note"));
    List<String> about = new ArrayList<>();
    fields.forEach(
        (field, message) -> {
          if (field.startsWith("links")) {
            about.add(line(field) + message);
          }
        });
    links.setInvalid(!about.isEmpty());
    links.setErrorMessage(String.join("; ", about));
  }

  /** "links[2].url" as "line 3: ". */
  private static String line(String field) {
    int open = field.indexOf('[');
    int close = field.indexOf(']');
    if (open < 0 || close < open) {
      return "";
    }
    return Tr.t(
            "review.rating.line",
            String.valueOf(Integer.parseInt(field.substring(open + 1, close)) + 1))
        + " ";
  }
}
