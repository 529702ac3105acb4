package org.cemtracker.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.cemtracker.account.AccountService;
import org.cemtracker.account.User;

/** The instance's users: create them, make them administrators, reset passwords, disable them. */
@Route("admin")
@PageTitle("Admin")
@Menu(order = 90, icon = "vaadin:cog", title = "Admin")
@RolesAllowed("ADMIN")
@Dependent
public class AdminView extends VerticalLayout {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final AccountService accounts;
  private final Grid<User> grid = new Grid<>();
  private final TextField filter = new TextField();
  private List<User> users = List.of();

  @Inject
  public AdminView(AccountService accounts) {
    this.accounts = accounts;
    addClassName("page");
    Paragraph intro =
        new Paragraph(
            "People who sign in to CEM Tracker. Roles within an organisation (consultant, leader,"
                + " department head, HR) are given on the organisation's page; here you manage the"
                + " accounts themselves.");
    intro.addClassName("page-intro");
    filter.setPlaceholder("Search by name or e-mail");
    filter.addClassName("search-field");
    filter.setPrefixComponent(VaadinIcon.SEARCH.create());
    filter.setValueChangeMode(ValueChangeMode.EAGER);
    filter.setClearButtonVisible(true);
    filter.addValueChangeListener(e -> applyFilter());
    Button add =
        new Button(
            "New user",
            VaadinIcon.PLUS.create(),
            e -> UserDialog.create(accounts, this::refresh).open());
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setId("new-user");
    HorizontalLayout toolbar = new HorizontalLayout(filter, add);
    toolbar.setWidthFull();
    toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    configureGrid();
    add(intro, toolbar, grid);
    setSizeFull();
    refresh();
  }

  private void configureGrid() {
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(User::name).setHeader("Name").setSortable(true).setAutoWidth(true);
    grid.addColumn(User::email).setHeader("E-mail").setSortable(true).setAutoWidth(true);
    grid.addComponentColumn(
            u ->
                badge(
                    u.isAdmin() ? "Administrator" : "User",
                    u.isAdmin() ? "badge-strong" : "badge-quiet"))
        .setHeader("Instance role")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(
            u ->
                badge(
                    u.isEnabled() ? "Active" : "Disabled",
                    u.isEnabled() ? "badge-ok" : "badge-off"))
        .setHeader("Status")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(u -> DAY.format(u.createdAt()))
        .setHeader("Created")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addItemClickListener(e -> UserDialog.edit(accounts, e.getItem(), this::refresh).open());
    grid.setHeightFull();
  }

  private static Span badge(String text, String style) {
    Span badge = new Span(text);
    badge.addClassNames("badge", style);
    return badge;
  }

  private void refresh() {
    users = accounts.listUsers();
    applyFilter();
  }

  private void applyFilter() {
    String term = filter.getValue().trim().toLowerCase(Locale.ROOT);
    grid.setItems(
        users.stream()
            .filter(
                u ->
                    term.isEmpty()
                        || u.email().contains(term)
                        || u.name().toLowerCase(Locale.ROOT).contains(term))
            .toList());
  }
}
