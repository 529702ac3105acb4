package org.cemtracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.organisation.ErasureService;
import org.cemtracker.organisation.Organisation;

/**
 * Erasing the organisation whole, for administrators and its consultants: the button works once its
 * name is typed exactly.
 */
class ErasePanel extends Div {

  ErasePanel(ErasureService erasure, Organisation organisation) {
    addClassNames("card", "danger-zone");
    Paragraph about =
        new Paragraph(
            "Erasing deletes the organisation and everything of it — departments, people's"
                + " memberships, campaigns with their invitations, responses, comments and results,"
                + " initiatives and the audit log — for good. Export it first if it may be needed"
                + " again. The instance's audit log keeps only who erased it and when.");
    TextField confirm = new TextField("Type the organisation's name to erase it");
    confirm.setWidth("26rem");
    confirm.setValueChangeMode(ValueChangeMode.EAGER);
    confirm.setId("erase-confirm");
    Button erase =
        new Button(
            "Erase the organisation",
            e -> {
              try {
                erasure.erase(organisation.id(), confirm.getValue());
                Notification.show(
                    organisation.name() + " was erased", 4000, Notification.Position.BOTTOM_START);
                getUI().ifPresent(ui -> ui.navigate("organisations"));
              } catch (Problem problem) {
                FieldErrors.show(problem, Map.of("confirm", confirm));
              }
            });
    erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    erase.setEnabled(false);
    erase.setId("erase-organisation");
    confirm.addValueChangeListener(
        e -> erase.setEnabled(e.getValue().trim().equals(organisation.name())));
    // by address, not by class: the export builds on organisations, not the other way round
    Anchor export =
        new Anchor("organisations/" + organisation.id() + "/export", "Export it whole (JSON) →");
    export.setId("export-organisation");
    add(new H3("Export"), export, new H3("Erase this organisation"), about, confirm, erase);
  }
}
