package org.cemtracker.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cemtracker.account.AccountService;
import org.cemtracker.account.ApiToken;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Confirm;

/** The signed-in user's own account: change the password, manage personal API tokens. */
@Route(AccountView.ROUTE)
@PageTitle("My account")
@PermitAll
@Dependent
public class AccountView extends VerticalLayout {

  public static final String ROUTE = "account";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final AccountService accounts;
  private final Grid<ApiToken> tokens = new Grid<>();

  @Inject
  public AccountView(AccountService accounts) {
    this.accounts = accounts;
    addClassName("page");
    add(passwordCard(), tokensCard());
    refresh();
  }

  private Div passwordCard() {
    PasswordField current = new PasswordField("Current password");
    PasswordField next = new PasswordField("New password");
    next.setHelperText("At least 12 characters");
    Button change = new Button("Change password");
    change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    change.addClickListener(
        e -> {
          current.setInvalid(false);
          next.setInvalid(false);
          try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            success("Password changed. Other sessions and cached API logins have ended.");
          } catch (Problem problem) {
            PasswordField field = problem.fields().containsKey("currentPassword") ? current : next;
            field.setErrorMessage(
                problem.fields().values().stream().findFirst().orElse(problem.getMessage()));
            field.setInvalid(true);
          }
        });
    HorizontalLayout row = new HorizontalLayout(current, next, change);
    row.setAlignItems(Alignment.BASELINE);
    row.setWrap(true);
    return card("Password", new Paragraph("Changing it signs you out everywhere else."), row);
  }

  private Div tokensCard() {
    tokens.addColumn(ApiToken::name).setHeader("Name");
    tokens.addColumn(t -> DAY.format(t.createdAt())).setHeader("Created");
    tokens
        .addComponentColumn(
            t -> {
              Button revoke =
                  new Button(
                      "Revoke",
                      e ->
                          Confirm.ask(
                              "confirm-revoke",
                              "Revoke the token " + t.name() + "?",
                              "Scripts that use it are refused from now on. This cannot be undone;"
                                  + " create a new token to replace it.",
                              "Revoke",
                              true,
                              () -> {
                                accounts.revokeToken(t.id());
                                refresh();
                              }));
              revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
              return revoke;
            })
        .setHeader("")
        .setFlexGrow(0);
    tokens.setAllRowsVisible(true);
    TextField name = new TextField("Token name");
    name.setPlaceholder("e.g. reporting script");
    Button create = new Button("Create token");
    create.addClickListener(
        e -> {
          try {
            AccountService.NewToken created = accounts.createToken(name.getValue());
            name.clear();
            refresh();
            showSecret(created.secret());
          } catch (Problem problem) {
            name.setErrorMessage(problem.fields().getOrDefault("name", problem.getMessage()));
            name.setInvalid(true);
          }
        });
    HorizontalLayout row = new HorizontalLayout(name, create);
    row.setAlignItems(Alignment.BASELINE);
    Paragraph help =
        new Paragraph(
            "Scripts call the REST API under /api with the header Authorization: Bearer <token>. A token acts as you.");
    return card("Personal API tokens", help, row, tokens);
  }

  private void showSecret(String secret) {
    TextField shown = new TextField("Your new token — copy it now, it is shown only once");
    shown.setValue(secret);
    shown.setReadOnly(true);
    shown.setWidthFull();
    shown.setId("new-token");
    com.vaadin.flow.component.dialog.Dialog dialog =
        new com.vaadin.flow.component.dialog.Dialog(shown);
    dialog.setHeaderTitle("API token created");
    dialog.setWidth("min(40rem, 95vw)");
    dialog.getFooter().add(new Button("Done", e -> dialog.close()));
    dialog.open();
  }

  private void refresh() {
    tokens.setItems(accounts.myTokens());
  }

  private static Div card(String title, com.vaadin.flow.component.Component... content) {
    Div card = new Div(new H3(title));
    card.add(content);
    card.addClassName("card");
    return card;
  }

  private static void success(String text) {
    Notification.show(text, 4000, Notification.Position.TOP_CENTER)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
