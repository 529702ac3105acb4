package org.cemtracker.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks every navigation against the view's access annotations ({@code @AnonymousAllowed},
 * {@code @PermitAll}, {@code @RolesAllowed}); a view without one is closed to everybody. Visitors
 * who are not signed in go to the login view.
 */
@ApplicationScoped
public class AccessControlSetup {

  void onServiceInit(@Observes ServiceInitEvent event) {
    NavigationAccessControl access = new NavigationAccessControl();
    access.setLoginView(LoginView.class);
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(access));
    event
        .getSource()
        .addSessionInitListener(
            session -> session.getSession().setErrorHandler(new UiErrorHandler()));
  }
}
