package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cemtracker.base.ui.EmptyState;

/** Assessment waves: each runs one maturity model in one organisation, opening top-down from leadership to management to staff, with live response rates. A campaign starts from an organisation with its departments in place. */
@Route("campaigns")
@PageTitle("Campaigns")
@Menu(order = 30, icon = "vaadin:flag", title = "Campaigns")
@PermitAll
public class CampaignsView extends VerticalLayout {

  public CampaignsView() {
    addClassName("page");
    Button next = new Button("Go to organisations", VaadinIcon.ARROW_RIGHT.create(), e -> getUI().ifPresent(ui -> ui.navigate("organisations")));
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.setIconAfterText(true);
    add(new EmptyState(VaadinIcon.FLAG, "Campaigns", "Assessment waves: each runs one maturity model in one organisation, opening top-down from leadership to management to staff, with live response rates. A campaign starts from an organisation with its departments in place.", next));
  }
}
