package org.cemtracker.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one way the UI asks before a step that cannot be undone or takes something away: a dialog
 * that says what will happen, with the step named on its button and a way back. The confirm
 * button's id is the dialog's id followed by {@code -confirm}, for tests.
 */
public final class Confirm {

  private Confirm() {}

  /** Asks, and runs {@code action} only when the step is confirmed. */
  public static ConfirmDialog ask(
      String id, String header, String text, String step, boolean destructive, Runnable action) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId(id);
    dialog.setHeader(header);
    dialog.setText(text);
    dialog.setCancelable(true);
    dialog.setCancelText(Tr.t("base.confirm.cancel"));
    dialog.setConfirmText(step);
    if (destructive) {
      dialog.setConfirmButtonTheme("error primary");
    }
    dialog.addConfirmListener(e -> action.run());
    dialog.open();
    return dialog;
  }
}
