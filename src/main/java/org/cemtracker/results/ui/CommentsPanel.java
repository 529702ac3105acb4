package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.results.DimensionThemes;
import org.cemtracker.results.ResultsService.CampaignComments;
import org.cemtracker.scoring.Comments;
import org.cemtracker.text.Themes;

/**
 * The comments DESIGN §4 rule 15 lets through: per dimension, per group of at least c released
 * respondents, in the order of their text.
 */
final class CommentsPanel {

  private CommentsPanel() {}

  static Component of(CampaignComments comments) {
    Paragraph about =
        new Paragraph(Tr.t("results.comments.about", String.valueOf(comments.threshold())));
    about.addClassName("explain");
    Div panel = new Div(about);
    panel.setId("comments");
    if (comments.dimensions().isEmpty()) {
      panel.add(new Paragraph(Tr.t("results.comments.none")));
      return panel;
    }
    Map<String, DimensionThemes> themes = new LinkedHashMap<>();
    comments.themes().forEach(t -> themes.put(t.dimensionId(), t));
    for (Comments.DimensionComments dimension : comments.dimensions()) {
      Div content = new Div();
      DimensionThemes found = themes.get(dimension.dimensionId());
      if (found != null && !found.themes().isEmpty()) {
        content.add(themes(found));
      }
      int count = 0;
      for (Comments.Group group : dimension.groups()) {
        Paragraph label =
            new Paragraph(
                Tr.t("results.comments.group", group.label(), String.valueOf(group.respondents())));
        label.addClassName("comment-group");
        UnorderedList list = new UnorderedList();
        list.addClassName("comment-list");
        // the same words written by several people show once, with how many wrote them
        Map<String, Long> times = new LinkedHashMap<>();
        group.comments().forEach(text -> times.merge(text, 1L, Long::sum));
        times.forEach((text, n) -> list.add(new ListItem(n == 1 ? text : text + " (×" + n + ")")));
        content.add(label, list);
        count += group.comments().size();
      }
      String summary =
          found == null || found.themes().isEmpty()
              ? ""
              : " · "
                  + Tr.t(
                      found.themes().size() == 1
                          ? "results.comments.oneTheme"
                          : "results.comments.themes",
                      String.valueOf(found.themes().size()));
      Details details =
          new Details(
              Tr.t("results.comments.dimension", dimension.name(), String.valueOf(count)) + summary,
              content);
      details.addClassName("comment-dimension");
      panel.add(details);
    }
    return panel;
  }

  /** The dimension's themes, biggest first, each with a few of its comments. */
  private static Component themes(DimensionThemes found) {
    Div themes = new Div();
    themes.addClassName("comment-themes");
    Paragraph heading =
        new Paragraph(
            found.unthemed() == 0
                ? Tr.t("results.comments.themesHeading")
                : Tr.t(
                    "results.comments.themesHeadingUnthemed",
                    String.valueOf(found.unthemed()),
                    String.valueOf(found.comments())));
    heading.addClassName("comment-group");
    themes.add(heading);
    UnorderedList list = new UnorderedList();
    for (Themes.Theme theme : found.themes()) {
      Span label = new Span(theme.label());
      label.addClassName("theme-label");
      ListItem item =
          new ListItem(
              label,
              new Span(
                  " " + Tr.t("results.comments.themeCount", String.valueOf(theme.comments()))));
      item.addClassName("comment-theme");
      UnorderedList examples = new UnorderedList();
      examples.addClassName("theme-examples");
      theme.examples().forEach(e -> examples.add(new ListItem(Tr.t("results.comments.quote", e))));
      item.add(examples);
      list.add(item);
    }
    themes.add(list);
    return themes;
  }
}
