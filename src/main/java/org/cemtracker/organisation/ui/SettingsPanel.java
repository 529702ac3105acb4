package org.cemtracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationService;

/** The organisation's name, industry and anonymity threshold; a stale edit is refused. */
class SettingsPanel extends Div {

  SettingsPanel(
      OrganisationService organisations, Organisation organisation, Consumer<Organisation> saved) {
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
                            organisation.version()));
                Notification.show("Settings saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.accept(updated);
              } catch (Problem problem) {
                FieldErrors.show(problem, java.util.Map.of("name", name, "anonymityThreshold", k));
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-settings");
    add(new FormLayout(name, industry, k), save);
  }
}
