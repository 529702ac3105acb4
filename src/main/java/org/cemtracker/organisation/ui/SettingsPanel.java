package org.cemtracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationService;

/**
 * The organisation's name, industry, anonymity threshold k and comment threshold c; a stale edit is
 * refused. Thresholds apply to campaigns opened from now on: open campaigns keep theirs.
 */
class SettingsPanel extends Div {

  SettingsPanel(
      OrganisationService organisations,
      Organisation organisation,
      boolean manages,
      Consumer<Organisation> saved) {
    addClassName("card");
    TextField name = new TextField("Name");
    name.setValue(organisation.name());
    TextField industry = new TextField("Industry");
    industry.setValue(organisation.industry() == null ? "" : organisation.industry());
    IntegerField k = new IntegerField("Anonymity threshold (k)");
    k.setValue(organisation.anonymityThreshold());
    k.setMin(Organisation.MIN_THRESHOLD);
    k.setHelperText("Groups with fewer responses are never shown anywhere. At least 3.");
    k.setId("organisation-threshold");
    IntegerField c = new IntegerField("Comment threshold (c)");
    c.setValue(organisation.commentThreshold());
    c.setMin(Organisation.MIN_THRESHOLD);
    c.setHelperText("Comments show only for groups of at least this many respondents. At least k.");
    c.setId("organisation-comment-threshold");
    IntegerField retention = new IntegerField("Keep raw answers (months after close)");
    retention.setValue(organisation.retentionMonths());
    retention.setMin(0);
    retention.setHelperText(
        "Empty or 0: for ever. After that, answers and comments are deleted; results stay.");
    retention.setId("organisation-retention");
    Paragraph applies =
        new Paragraph(
            "k and c apply to campaigns opened from now on: a campaign keeps the thresholds and the"
                + " department tree it had when its first phase opened.");
    applies.addClassName("explain");
    applies.setId("thresholds-apply");
    Button save =
        new Button(
            "Save settings",
            e -> {
              try {
                Organisation updated =
                    organisations.update(
                        organisation.id(),
                        new OrganisationService.Settings(
                            name.getValue(),
                            industry.getValue(),
                            k.getValue(),
                            c.getValue(),
                            retention.getValue() == null ? 0 : retention.getValue(),
                            organisation.version()));
                Notification.show("Settings saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.accept(updated);
              } catch (Problem problem) {
                FieldErrors.show(
                    problem,
                    Map.of(
                        "name",
                        name,
                        "anonymityThreshold",
                        k,
                        "commentThreshold",
                        c,
                        "retentionMonths",
                        retention));
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-settings");
    add(new FormLayout(name, industry, k, c, retention), applies);
    if (manages) {
      add(save);
    } else {
      List.of(name, industry).forEach(f -> f.setReadOnly(true));
      List.of(k, c, retention).forEach(f -> f.setReadOnly(true));
      Paragraph who = new Paragraph("The organisation's consultants and HR change its settings.");
      who.setId("settings-read-only");
      who.addClassName("explain");
      add(who);
    }
  }
}
