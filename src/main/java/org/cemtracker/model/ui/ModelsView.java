package org.cemtracker.model.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cemtracker.base.ui.EmptyState;

/** The maturity models that assessments use: dimensions, questions with a behaviour anchor per level from bolt-on CX to CEM orientation, stages and recommended initiatives. They are loaded from the assessments folder. */
@Route("models")
@PageTitle("Models")
@Menu(order = 50, icon = "vaadin:book", title = "Models")
@PermitAll
public class ModelsView extends VerticalLayout {

  public ModelsView() {
    addClassName("page");
    Button next = new Button("Back to the portfolio", VaadinIcon.ARROW_RIGHT.create(), e -> getUI().ifPresent(ui -> ui.navigate("")));
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.setIconAfterText(true);
    add(new EmptyState(VaadinIcon.BOOK, "Models", "The maturity models that assessments use: dimensions, questions with a behaviour anchor per level from bolt-on CX to CEM orientation, stages and recommended initiatives. They are loaded from the assessments folder.", next));
  }
}
