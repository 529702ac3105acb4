package org.cemtracker.results.ui;

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
 * Every client organisation you work with, each with its current CEM stage and index, its trend
 * across waves and its open campaigns. It fills in as organisations run their first assessment.
 */
@Route("")
@PageTitle("Portfolio")
@Menu(order = 10, icon = "vaadin:chart-grid", title = "Portfolio")
@PermitAll
public class PortfolioView extends VerticalLayout {

  public PortfolioView() {
    addClassName("page");
    Button next =
        new Button(
            "See organisations",
            VaadinIcon.ARROW_RIGHT.create(),
            e -> getUI().ifPresent(ui -> ui.navigate("organisations")));
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.setIconAfterText(true);
    add(
        new EmptyState(
            VaadinIcon.CHART_GRID,
            "Portfolio",
            "Every client organisation you work with, each with its current CEM stage and index, its trend across waves and its open campaigns. It fills in as organisations run their first assessment.",
            next));
  }
}
