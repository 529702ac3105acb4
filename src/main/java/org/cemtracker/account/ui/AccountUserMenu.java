package org.cemtracker.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.CurrentCaller;
import org.cemtracker.base.ui.UserMenu;

/** The main layout's user menu: who is signed in, and signing out. */
@ApplicationScoped
public class AccountUserMenu implements UserMenu {

  @Inject CurrentCaller caller;

  @Override
  public String name() {
    return caller.identity().map(CallerIdentity::name).orElse("");
  }

  @Override
  public String email() {
    return caller.identity().map(CallerIdentity::email).orElse("");
  }

  @Override
  public String accountRoute() {
    return AccountView.ROUTE;
  }

  @Override
  public void signOut() {
    UI.getCurrent().getPage().setLocation(LoginView.ROUTE + "?signed-out");
    VaadinSession.getCurrent().getSession().invalidate();
  }
}
