package org.cemtracker.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cemtracker.account.AccountService;
import org.cemtracker.account.ApiToken;
import org.cemtracker.base.Problem;
import org.cemtracker.base.i18n.Bundles;
import org.cemtracker.base.ui.Confirm;
import org.cemtracker.base.ui.Tr;

/** The signed-in user's own account: change the password, manage personal API tokens. */
@Route(AccountView.ROUTE)
@PermitAll
@Dependent
public class AccountView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "account";

  private final AccountService accounts;
  private final Grid<ApiToken> tokens = new Grid<>();

  @Inject
  public AccountView(AccountService accounts) {
    this.accounts = accounts;
    addClassName("page");
    add(languageCard());
    if (accounts.me().isExternalOnly()) {
      add(
          card(
              getTranslation("account.view.password"),
              new Paragraph(getTranslation("account.view.external"))));
    } else {
      add(passwordCard());
    }
    add(tokensCard());
    refresh();
  }

  private Div passwordCard() {
    PasswordField current = new PasswordField(getTranslation("account.view.currentPassword"));
    PasswordField next = new PasswordField(getTranslation("account.view.newPassword"));
    next.setHelperText(getTranslation("account.view.passwordHelp"));
    Button change = new Button(getTranslation("account.view.changePassword"));
    change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    change.addClickListener(
        e -> {
          current.setInvalid(false);
          next.setInvalid(false);
          try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            success(getTranslation("account.view.passwordChanged"));
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
    return card(
        getTranslation("account.view.password"),
        new Paragraph(getTranslation("account.view.passwordNote")),
        row);
  }

  private Div tokensCard() {
    tokens.addColumn(ApiToken::name).setHeader(getTranslation("account.view.tokenName"));
    tokens.addColumn(t -> Tr.date(t.createdAt())).setHeader(getTranslation("account.view.created"));
    tokens
        .addComponentColumn(
            t -> {
              Button revoke =
                  new Button(
                      getTranslation("account.view.revoke"),
                      e ->
                          Confirm.ask(
                              "confirm-revoke",
                              getTranslation("account.view.revokeTitle", t.name()),
                              getTranslation("account.view.revokeText"),
                              getTranslation("account.view.revoke"),
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
    TextField name = new TextField(getTranslation("account.view.newTokenName"));
    name.setPlaceholder(getTranslation("account.view.newTokenPlaceholder"));
    name.setMinWidth("16rem");
    Button create = new Button(getTranslation("account.view.createToken"));
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
    Paragraph help = new Paragraph(getTranslation("account.view.tokensHelp"));
    return card(getTranslation("account.view.tokens"), help, row, tokens);
  }

  private void showSecret(String secret) {
    TextField shown = new TextField(getTranslation("account.view.newToken"));
    shown.setValue(secret);
    shown.setReadOnly(true);
    shown.setWidthFull();
    shown.setId("new-token");
    Dialog dialog = new Dialog(shown);
    dialog.setHeaderTitle(getTranslation("account.view.tokenCreated"));
    dialog.setWidth("min(40rem, 95vw)");
    dialog.getFooter().add(new Button(getTranslation("account.view.done"), e -> dialog.close()));
    dialog.open();
  }

  private void refresh() {
    tokens.setItems(accounts.myTokens());
  }

  /**
   * The UI's language: the browser's, or one chosen here and kept with the account (it applies from
   * the next page on, on every device).
   */
  private Div languageCard() {
    Select<String> language = new Select<>();
    language.setId("account-language");
    language.setLabel(getTranslation("account.view.language"));
    List<String> choices = new ArrayList<>();
    choices.add("");
    Bundles.LOCALES.forEach(l -> choices.add(l.getLanguage()));
    language.setItems(choices);
    language.setItemLabelGenerator(
        code ->
            code.isEmpty()
                ? getTranslation("account.view.browserLanguage")
                : getTranslation("base.language." + code));
    String mine = accounts.me().language();
    language.setValue(mine == null ? "" : mine);
    language.addValueChangeListener(
        e -> {
          if (e.getValue() == null || !e.isFromClient()) {
            return;
          }
          accounts.chooseLanguage(e.getValue().isEmpty() ? null : e.getValue());
          Locale chosen =
              e.getValue().isEmpty()
                  ? Bundles.supported(VaadinService.getCurrentRequest().getLocale())
                  : Locale.forLanguageTag(e.getValue());
          UI.getCurrent().getSession().setLocale(chosen);
          UI.getCurrent().getPage().reload();
        });
    return card(
        getTranslation("account.view.languageTitle"),
        new Paragraph(getTranslation("account.view.languageNote")),
        language);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.view.title");
  }

  private static Div card(String title, Component... content) {
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
