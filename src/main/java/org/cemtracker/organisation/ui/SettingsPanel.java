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
    TextField name = new TextField(getTranslation("organisation.settings.name"));
    name.setValue(organisation.name());
    TextField industry = new TextField(getTranslation("organisation.settings.industry"));
    industry.setValue(organisation.industry() == null ? "" : organisation.industry());
    IntegerField k = new IntegerField(getTranslation("organisation.settings.k"));
    k.setValue(organisation.anonymityThreshold());
    k.setMin(Organisation.MIN_THRESHOLD);
    k.setHelperText(getTranslation("organisation.settings.kHelp"));
    k.setId("organisation-threshold");
    IntegerField c = new IntegerField(getTranslation("organisation.settings.c"));
    c.setValue(organisation.commentThreshold());
    c.setMin(Organisation.MIN_THRESHOLD);
    c.setHelperText(getTranslation("organisation.settings.cHelp"));
    c.setId("organisation-comment-threshold");
    IntegerField retention = new IntegerField(getTranslation("organisation.settings.retention"));
    retention.setValue(organisation.retentionMonths());
    retention.setMin(0);
    retention.setHelperText(getTranslation("organisation.settings.retentionHelp"));
    retention.setId("organisation-retention");
    Paragraph applies = new Paragraph(getTranslation("organisation.settings.applies"));
    applies.addClassName("explain");
    applies.setId("thresholds-apply");
    Button save =
        new Button(
            getTranslation("organisation.settings.save"),
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
                Notification.show(
                        getTranslation("organisation.settings.saved"),
                        3000,
                        Notification.Position.BOTTOM_START)
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
      Paragraph who = new Paragraph(getTranslation("organisation.settings.readOnly"));
      who.setId("settings-read-only");
      who.addClassName("explain");
      add(who);
    }
  }
}
