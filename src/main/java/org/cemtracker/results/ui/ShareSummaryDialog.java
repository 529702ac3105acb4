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
    setHeaderTitle(getTranslation("results.share.title"));
    setId("share-summary-dialog");
    setWidth("min(40rem, 95vw)");
    Paragraph what = new Paragraph(getTranslation("results.share.what"));
    TextField link = new TextField(getTranslation("results.share.link"));
    link.setId("summary-link");
    link.setReadOnly(true);
    link.setWidthFull();
    link.setVisible(false);
    Paragraph shared = new Paragraph(getTranslation("results.share.shared"));
    shared.setId("summary-shared");
    shared.setVisible(sharing);
    Button stop = new Button(getTranslation("results.share.stop"));
    stop.setId("stop-summary-link");
    stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
    stop.setVisible(sharing);
    Button create =
        new Button(getTranslation(sharing ? "results.share.createNew" : "results.share.create"));
    create.setId("create-summary-link");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(
        e -> {
          try {
            link.setValue(summaries.share(campaign.id(), CampaignView.requestBase()));
            link.setVisible(true);
            shared.setVisible(false);
            stop.setVisible(true);
            create.setText(getTranslation("results.share.createNew"));
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
          create.setText(getTranslation("results.share.create"));
          Notification.show(getTranslation("results.share.stopped"));
        });
    add(what, shared, link);
    Button close = new Button(getTranslation("results.common.close"), e -> close());
    getFooter().add(stop, close, create);
  }
}
