package org.cemtracker.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cemtracker.base.Problem;
import org.cemtracker.base.i18n.Bundles;

/**
 * Shows a failure as a notification: a problem with its message, anything else with a reference.
 */
class UiErrorHandler implements ErrorHandler {

  private static final Logger LOG = Logger.getLogger(UiErrorHandler.class.getName());

  @Override
  public void error(ErrorEvent event) {
    Throwable error = event.getThrowable();
    UI ui = UI.getCurrent();
    String message = null;
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof Problem problem) {
        message = problem.getMessage();
        break;
      }
    }
    if (message == null) {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Unexpected UI error, reference " + reference, error);
      message =
          Bundles.text("account.error.unexpected", ui == null ? null : ui.getLocale(), reference);
    }
    String text = message;
    if (ui != null) {
      ui.access(
          () -> {
            Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
          });
    }
  }
}
