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
        new Paragraph(
            "Comments show for departments with at least c = "
                + comments.threshold()
                + " released respondents, the others pooled when they reach c together. They are"
                + " sorted alphabetically, not by time, so their order reveals nothing about who wrote"
                + " them.");
    about.addClassName("explain");
    Div panel = new Div(about);
    panel.setId("comments");
    if (comments.dimensions().isEmpty()) {
      panel.add(new Paragraph("No comments can be shown for this campaign."));
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
            new Paragraph(group.label() + " (" + group.respondents() + " respondents)");
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
              : " · " + found.themes().size() + (found.themes().size() == 1 ? " theme" : " themes");
      Details details =
          new Details(dimension.name() + " · " + count + " comments" + summary, content);
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
            "Themes"
                + (found.unthemed() == 0
                    ? ""
                    : " (" + found.unthemed() + " of " + found.comments() + " comments in none)"));
    heading.addClassName("comment-group");
    themes.add(heading);
    UnorderedList list = new UnorderedList();
    for (Themes.Theme theme : found.themes()) {
      Span label = new Span(theme.label());
      label.addClassName("theme-label");
      ListItem item = new ListItem(label, new Span(" · " + theme.comments() + " comments"));
      item.addClassName("comment-theme");
      UnorderedList examples = new UnorderedList();
      examples.addClassName("theme-examples");
      theme.examples().forEach(e -> examples.add(new ListItem("“" + e + "”")));
      item.add(examples);
      list.add(item);
    }
    themes.add(list);
    return themes;
  }
}
