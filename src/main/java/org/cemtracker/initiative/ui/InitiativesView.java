package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cemtracker.base.ui.EmptyState;

/**
 * Transformation initiatives planned from the weakest dimensions and departments: owners,
 * milestones, KPIs, check-ins, a roadmap, and after the next wave their measured impact. They start
 * from a campaign's results.
 */
@Route("initiatives")
@PageTitle("Initiatives")
@Menu(order = 40, icon = "vaadin:road-branches", title = "Initiatives")
@PermitAll
public class InitiativesView extends VerticalLayout {

  public InitiativesView() {
    addClassName("page");
    Button next =
        new Button(
            "Go to campaigns",
            VaadinIcon.ARROW_RIGHT.create(),
            e -> getUI().ifPresent(ui -> ui.navigate("campaigns")));
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.setIconAfterText(true);
    add(
        new EmptyState(
            VaadinIcon.ROAD_BRANCHES,
            "Initiatives",
            "Transformation initiatives planned from the weakest dimensions and departments: owners, milestones, KPIs, check-ins, a roadmap, and after the next wave their measured impact. They start from a campaign's results.",
            next));
  }
}
