package org.cemtracker.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cemtracker.account.Authenticator;
import org.cemtracker.account.LoginResult;
import org.cemtracker.account.SessionLogin;

/** Signing in: e-mail and password, checked with throttling of repeated failures. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Sign in · CEM Tracker")
@AnonymousAllowed
@Dependent
public class LoginView extends Div implements BeforeEnterObserver {

  public static final String ROUTE = "login";

  private final Authenticator authenticator;
  private final LoginForm form = new LoginForm();
  private final Paragraph notice = new Paragraph();

  @Inject
  public LoginView(Authenticator authenticator) {
    this.authenticator = authenticator;
    addClassName("login-view");
    getElement().setAttribute("role", "main");
    form.setI18n(i18n("Incorrect e-mail or password", "Check them and try again."));
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
    notice.addClassName("login-notice");
    notice.setVisible(false);
    Paragraph help = new Paragraph("Forgot your password? Your administrator can reset it.");
    help.addClassName("login-help");
    Div card = new Div(notice, form, help);
    card.addClassName("login-card");
    add(story(), card);
  }

  private static Div story() {
    Image logo = new Image("icons/cem-tracker.svg", "");
    logo.addClassName("login-logo");
    H1 title = new H1("CEM Tracker");
    Paragraph lead =
        new Paragraph(
            "Measure how far your organisation has moved from bolt-on CX to customer experience"
                + " management as the way the whole business works, and steer the initiatives that take it there.");
    lead.addClassName("login-lead");
    Div scale = new Div();
    scale.addClassName("stage-scale");
    String[] stages = {
      "Bolt-on CX", "Departmental CX", "Cross-functional CX", "Managed CEM", "CEM orientation"
    };
    for (int i = 0; i < stages.length; i++) {
      Span stage = new Span(stages[i]);
      stage.addClassNames("stage", "stage-" + (i + 1));
      scale.add(stage);
    }
    Div story = new Div(logo, title, lead, scale);
    story.addClassName("login-story");
    return story;
  }

  private void signIn(String email, String password) {
    VaadinRequest request = VaadinService.getCurrentRequest();
    LoginResult result = authenticator.login(email, password, request.getRemoteAddr());
    if (result instanceof LoginResult.Success success) {
      Object target =
          VaadinSession.getCurrent()
              .getSession()
              .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
      // a new session id on sign-in: a session fixed before it is worth nothing
      VaadinService.reinitializeSession(request);
      VaadinSession.getCurrent()
          .getSession()
          .setAttribute(SessionLogin.ATTRIBUTE, success.identity());
      String path = target instanceof String stored && !stored.contains("//") ? stored : "";
      getUI().ifPresent(ui -> ui.getPage().setLocation("/" + path));
      return;
    }
    if (result instanceof LoginResult.Throttled throttled) {
      long seconds = throttled.retryAfter().toSeconds() + 1;
      form.setI18n(
          i18n("Too many failed attempts", "Wait " + seconds + " seconds before trying again."));
    } else {
      form.setI18n(i18n("Incorrect e-mail or password", "Check them and try again."));
    }
    form.setError(true);
    form.setEnabled(true);
  }

  private static LoginI18n i18n(String errorTitle, String errorMessage) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getForm().setUsername("E-mail");
    i18n.getForm().setSubmit("Sign in");
    i18n.getErrorMessage().setTitle(errorTitle);
    i18n.getErrorMessage().setMessage(errorMessage);
    return i18n;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (VaadinService.getCurrentRequest().getUserPrincipal() != null) {
      event.forwardTo("");
      return;
    }
    if (event.getLocation().getQueryParameters().getParameters().containsKey("signed-out")) {
      notice.setText("You have signed out.");
      notice.setVisible(true);
    }
  }
}
