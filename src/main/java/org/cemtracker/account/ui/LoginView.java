package org.cemtracker.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.cemtracker.account.Authenticator;
import org.cemtracker.account.LoginResult;
import org.cemtracker.account.PasswordSignIn;
import org.cemtracker.account.SessionLogin;
import org.cemtracker.account.sso.SsoFailure;
import org.cemtracker.account.sso.SsoSettings;
import org.cemtracker.base.ui.Tr;

/** Signing in: e-mail and password, checked with throttling of repeated failures. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
@Dependent
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "login";

  private final Authenticator authenticator;
  private final LoginForm form = new LoginForm();
  private final Paragraph notice = new Paragraph();

  @Inject
  public LoginView(Authenticator authenticator) {
    this.authenticator = authenticator;
    addClassName("login-view");
    getElement().setAttribute("role", "main");
    form.setI18n(
        i18n(
            getTranslation("account.login.incorrect.title"),
            getTranslation("account.login.incorrect.message")));
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
    notice.addClassName("login-notice");
    notice.setVisible(false);
    Paragraph help = new Paragraph(getTranslation("account.login.help"));
    help.addClassName("login-help");
    Div card = new Div(notice);
    SsoSettings.fromSystem().ifPresent(sso -> card.add(singleSignOn(sso)));
    card.add(form, help);
    card.addClassName("login-card");
    add(story(), card);
  }

  /** The way in through the organisation's identity provider, above the password form. */
  private Div singleSignOn(SsoSettings sso) {
    String provider = sso.name().orElse(getTranslation("account.login.ssoDefault"));
    Anchor link = new Anchor("sso/login", getTranslation("account.login.sso", provider));
    link.setRouterIgnore(true);
    link.setId("sso-sign-in");
    link.addClassName("sso-button");
    Paragraph or =
        new Paragraph(
            getTranslation(
                PasswordSignIn.fromSystem().everyone()
                    ? "account.login.ssoOr"
                    : "account.login.ssoOrFirstAdmin"));
    or.addClassName("login-or");
    Div box = new Div(link, or);
    box.addClassName("login-sso");
    return box;
  }

  private static Div story() {
    Image logo = new Image("icons/cem-tracker.svg", "");
    logo.addClassName("login-logo");
    H1 title = new H1("CEM Tracker");
    Paragraph lead = new Paragraph(Tr.t("account.login.lead"));
    lead.addClassName("login-lead");
    Div scale = new Div();
    scale.addClassName("stage-scale");
    for (int i = 0; i < 5; i++) {
      Span stage = new Span(Tr.t("account.login.stage." + (i + 1)));
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
          i18n(
              getTranslation("account.login.throttled.title"),
              getTranslation("account.login.throttled.message", String.valueOf(seconds))));
    } else {
      form.setI18n(
          i18n(
              getTranslation("account.login.incorrect.title"),
              getTranslation("account.login.incorrect.message")));
    }
    form.setError(true);
    form.setEnabled(true);
  }

  private static LoginI18n i18n(String errorTitle, String errorMessage) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(Tr.t("account.login.form.title"));
    i18n.getForm().setUsername(Tr.t("account.login.form.username"));
    i18n.getForm().setPassword(Tr.t("account.login.form.password"));
    i18n.getForm().setSubmit(Tr.t("account.login.form.submit"));
    i18n.getForm().setForgotPassword(Tr.t("account.login.form.forgotPassword"));
    i18n.getErrorMessage().setUsername(Tr.t("account.login.required.username"));
    i18n.getErrorMessage().setPassword(Tr.t("account.login.required.password"));
    i18n.getErrorMessage().setTitle(errorTitle);
    i18n.getErrorMessage().setMessage(errorMessage);
    return i18n;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.login.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (VaadinService.getCurrentRequest().getUserPrincipal() != null) {
      event.forwardTo("");
      return;
    }
    if (event.getLocation().getQueryParameters().getParameters().containsKey("signed-out")) {
      notice.setText(getTranslation("account.login.signedOut"));
      notice.setVisible(true);
    }
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter("sso-error")
        .ifPresent(
            code -> {
              // only the codes the servlet sends: a crafted link cannot put text on the page
              String reason =
                  Arrays.stream(SsoFailure.Code.values())
                      .filter(c -> c.name().equals(code))
                      .findFirst()
                      .orElse(SsoFailure.Code.FAILED)
                      .key();
              notice.setText(getTranslation("account.login.ssoFailed", getTranslation(reason)));
              notice.addClassName("login-error");
              notice.setVisible(true);
            });
  }
}
