package org.cemtracker.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.ui.CampaignView;
import org.cemtracker.results.Summaries;

/**
 * Shares a read-only summary of a published campaign with everyone in the organisation: what it
 * holds, a new link to copy, and stopping an earlier one.
 */
final class ShareSummaryDialog extends Dialog {

  ShareSummaryDialog(Summaries summaries, Campaign campaign) {
    boolean sharing = summaries.shares(campaign.id());
    setHeaderTitle("Share a summary with everyone");
    setId("share-summary-dialog");
    setWidth("min(40rem, 95vw)");
    Paragraph what =
        new Paragraph(
            "Anyone with the link sees, without signing in, the organisation's CEM index and"
                + " stage, reach, the gaps, each dimension's score and each tier's, as they stand"
                + " now: no department, question or comment. A new link replaces an earlier one.");
    TextField link = new TextField("Link to share");
    link.setId("summary-link");
    link.setReadOnly(true);
    link.setWidthFull();
    link.setVisible(false);
    Paragraph shared =
        new Paragraph(
            "A summary of this campaign is shared now; its link works until you stop it.");
    shared.setId("summary-shared");
    shared.setVisible(sharing);
    Button stop = new Button("Stop sharing");
    stop.setId("stop-summary-link");
    stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
    stop.setVisible(sharing);
    Button create = new Button(sharing ? "Create a new link" : "Create link");
    create.setId("create-summary-link");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(
        e -> {
          try {
            link.setValue(summaries.share(campaign.id(), CampaignView.requestBase()));
            link.setVisible(true);
            shared.setVisible(false);
            stop.setVisible(true);
            create.setText("Create a new link");
          } catch (Problem refused) {
            Notification.show(refused.getMessage());
          }
        });
    stop.addClickListener(
        e -> {
          summaries.stop(campaign.id());
          link.clear();
          link.setVisible(false);
          shared.setVisible(false);
          stop.setVisible(false);
          create.setText("Create link");
          Notification.show("The summary is no longer shared: its link shows nothing now.");
        });
    add(what, shared, link);
    Button close = new Button("Close", e -> close());
    getFooter().add(stop, close, create);
  }
}
