package org.cemtracker.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.SessionLogin;
import org.cemtracker.account.UserLanguage;

/**
 * Each new page of a signed-in user is in the language they chose in their account, wherever they
 * sign in; without a choice, Vaadin's match of the browser's language to the UI's languages.
 */
@ApplicationScoped
public class LocaleSetup {

  @Inject UserLanguage languages;

  void onServiceInit(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> {
              VaadinSession session = init.getUI().getSession();
              Object caller = session.getSession().getAttribute(SessionLogin.ATTRIBUTE);
              if (caller instanceof CallerIdentity identity) {
                languages
                    .of(identity.userId())
                    .map(Locale::forLanguageTag)
                    .ifPresent(
                        chosen -> {
                          session.setLocale(chosen);
                          init.getUI().setLocale(chosen);
                        });
              }
            });
  }
}
