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
    Paragraph about = new Paragraph(getTranslation("organisation.erase.about"));
    TextField confirm = new TextField(getTranslation("organisation.erase.confirm"));
    confirm.setWidth("26rem");
    confirm.setValueChangeMode(ValueChangeMode.EAGER);
    confirm.setId("erase-confirm");
    Button erase =
        new Button(
            getTranslation("organisation.erase.button"),
            e -> {
              try {
                erasure.erase(organisation.id(), confirm.getValue());
                Notification.show(
                    getTranslation("organisation.erase.done", organisation.name()),
                    4000,
                    Notification.Position.BOTTOM_START);
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
        new Anchor(
            "organisations/" + organisation.id() + "/export",
            getTranslation("organisation.erase.exportLink"));
    export.setId("export-organisation");
    add(
        new H3(getTranslation("organisation.erase.exportHeading")),
        export,
        new H3(getTranslation("organisation.erase.heading")),
        about,
        confirm,
        erase);
  }
}
