package org.cemtracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cemtracker.base.ui.EmptyState;

/** The organisations being assessed: their department tree with headcounts and customer-facing units, their people and roles, and their anonymity threshold. The first step is to create one and import its departments from a CSV file. */
@Route("organisations")
@PageTitle("Organisations")
@Menu(order = 20, icon = "vaadin:building", title = "Organisations")
@PermitAll
public class OrganisationsView extends VerticalLayout {

  public OrganisationsView() {
    addClassName("page");
    Button next = new Button("Browse the maturity models", VaadinIcon.ARROW_RIGHT.create(), e -> getUI().ifPresent(ui -> ui.navigate("models")));
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.setIconAfterText(true);
    add(new EmptyState(VaadinIcon.BUILDING, "Organisations", "The organisations being assessed: their department tree with headcounts and customer-facing units, their people and roles, and their anonymity threshold. The first step is to create one and import its departments from a CSV file.", next));
  }
}
