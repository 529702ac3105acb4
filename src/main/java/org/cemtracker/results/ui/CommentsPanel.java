package org.cemtracker.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemtracker.results.ResultsService.CampaignComments;
import org.cemtracker.scoring.Comments;

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
    for (Comments.DimensionComments dimension : comments.dimensions()) {
      Div content = new Div();
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
      Details details = new Details(dimension.name() + " · " + count + " comments", content);
      details.addClassName("comment-dimension");
      panel.add(details);
    }
    return panel;
  }
}
