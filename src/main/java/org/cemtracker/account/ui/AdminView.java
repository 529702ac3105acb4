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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.cemtracker.account.AccountService;
import org.cemtracker.account.User;
import org.cemtracker.base.ui.Tr;

/** The instance's users: create them, make them administrators, reset passwords, disable them. */
@Route("admin")
@Menu(order = 90, icon = "vaadin:cog", title = "account.admin.menu")
@RolesAllowed("ADMIN")
@Dependent
public class AdminView extends VerticalLayout implements HasDynamicTitle {

  private final AccountService accounts;
  private final Grid<User> grid = new Grid<>();
  private final TextField filter = new TextField();
  private List<User> users = List.of();

  @Inject
  public AdminView(AccountService accounts) {
    this.accounts = accounts;
    addClassName("page");
    Paragraph intro = new Paragraph(getTranslation("account.admin.intro"));
    intro.addClassName("page-intro");
    filter.setPlaceholder(getTranslation("account.admin.search"));
    filter.addClassName("search-field");
    filter.setPrefixComponent(VaadinIcon.SEARCH.create());
    filter.setValueChangeMode(ValueChangeMode.EAGER);
    filter.setClearButtonVisible(true);
    filter.addValueChangeListener(e -> applyFilter());
    Button add =
        new Button(
            getTranslation("account.admin.newUser"),
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
    grid.addColumn(User::name)
        .setHeader(getTranslation("account.admin.column.name"))
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(User::email)
        .setHeader(getTranslation("account.admin.column.email"))
        .setSortable(true)
        .setAutoWidth(true);
    grid.addComponentColumn(
            u ->
                badge(
                    getTranslation(
                        u.isAdmin() ? "account.admin.role.admin" : "account.admin.role.user"),
                    u.isAdmin() ? "badge-strong" : "badge-quiet"))
        .setHeader(getTranslation("account.admin.column.role"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(
            u ->
                badge(
                    getTranslation(
                        u.isEnabled()
                            ? "account.admin.status.active"
                            : "account.admin.status.disabled"),
                    u.isEnabled() ? "badge-ok" : "badge-off"))
        .setHeader(getTranslation("account.admin.column.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(u -> Tr.date(u.createdAt()))
        .setHeader(getTranslation("account.admin.column.created"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addItemClickListener(e -> UserDialog.edit(accounts, e.getItem(), this::refresh).open());
    grid.setHeightFull();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.admin.title");
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
