package org.cemtracker.account.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.cemtracker.account.AccountService;
import org.cemtracker.account.User;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.base.ui.Tr;

/** Creating a user, or editing one: name, administrator, enabled, and a password reset. */
class UserDialog extends Dialog {

  private final EmailField email = new EmailField(getTranslation("account.user.email"));
  private final TextField name = new TextField(getTranslation("account.user.name"));
  private final PasswordField password = new PasswordField(getTranslation("account.user.password"));
  private final Checkbox admin = new Checkbox(getTranslation("account.user.admin"));
  private final Checkbox enabled = new Checkbox(getTranslation("account.user.enabled"));
  private final Map<String, HasValidation> fields =
      Map.of("email", email, "name", name, "password", password);

  /** A dialog to create a user. */
  static UserDialog create(AccountService accounts, Runnable saved) {
    UserDialog dialog = new UserDialog(Tr.t("account.user.newTitle"));
    dialog.enabled.setVisible(false);
    dialog.password.setHelperText(Tr.t("account.user.passwordHelp"));
    dialog.addSave(
        Tr.t("account.user.create"),
        d ->
            accounts.createUser(
                new AccountService.NewUser(
                    d.email.getValue(),
                    d.name.getValue(),
                    d.password.getValue(),
                    d.admin.getValue())),
        saved);
    return dialog;
  }

  /** A dialog to edit an existing user. */
  static UserDialog edit(AccountService accounts, User user, Runnable saved) {
    UserDialog dialog = new UserDialog(Tr.t("account.user.editTitle", user.email()));
    dialog.email.setValue(user.email());
    dialog.email.setReadOnly(true);
    dialog.name.setValue(user.name());
    dialog.admin.setValue(user.isAdmin());
    dialog.enabled.setValue(user.isEnabled());
    dialog.password.setLabel(Tr.t("account.user.newPassword"));
    dialog.addSave(
        Tr.t("account.user.save"),
        d -> {
          accounts.updateUser(
              user.id(),
              new AccountService.UserChanges(
                  d.name.getValue(), d.admin.getValue(), d.enabled.getValue(), user.version()));
          if (!d.password.isEmpty()) {
            accounts.resetPassword(user.id(), d.password.getValue());
          }
        },
        saved);
    return dialog;
  }

  private UserDialog(String title) {
    setHeaderTitle(title);
    setWidth("min(32rem, 95vw)");
    email.setWidthFull();
    FormLayout form = new FormLayout(email, name, password, admin, enabled);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    add(form);
    Button cancel = new Button(getTranslation("account.user.cancel"), e -> close());
    getFooter().add(cancel);
  }

  private void addSave(String label, Consumer<UserDialog> action, Runnable saved) {
    Button save = new Button(label);
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-user");
    ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> onClick =
        e -> {
          try {
            action.accept(this);
            close();
            saved.run();
          } catch (Problem problem) {
            showProblem(problem);
          }
        };
    save.addClickListener(onClick);
    getFooter().add(save);
  }

  private void showProblem(Problem problem) {
    FieldErrors.show(problem, fields);
  }
}
