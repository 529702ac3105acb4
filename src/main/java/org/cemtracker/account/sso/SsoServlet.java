package org.cemtracker.account.sso;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.SessionLogin;
import org.cemtracker.base.Settings;

/**
 * {@code /sso/login} sends the browser to the identity provider; {@code /sso/callback} takes its
 * answer, signs the person in to a new session id and goes to the start page. A failure goes back
 * to the login page, which says what went wrong.
 */
@WebServlet(urlPatterns = "/sso/*")
public class SsoServlet extends HttpServlet {

  private static final String PENDING = "org.cemtracker.sso-pending";

  @Inject SsoAccounts accounts;

  private volatile SsoClient client;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<SsoSettings> settings = SsoSettings.fromSystem();
    if (settings.isEmpty()) {
      response.sendError(404);
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      switch (path) {
        case "/login" -> start(request, response, settings.get());
        case "/callback" -> finish(request, response, settings.get());
        default -> response.sendError(404);
      }
    } catch (SsoFailure failure) {
      response.sendRedirect(
          request.getContextPath()
              + "/login?sso-error="
              + URLEncoder.encode(failure.getMessage(), StandardCharsets.UTF_8));
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response, SsoSettings s)
      throws IOException {
    SsoClient.Started started = client(s).start(callbackUri(request));
    request.getSession(true).setAttribute(PENDING, started.pending());
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(started.location().toString());
  }

  private void finish(HttpServletRequest request, HttpServletResponse response, SsoSettings s)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object pending = session == null ? null : session.getAttribute(PENDING);
    if (session != null) {
      session.removeAttribute(PENDING);
    }
    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    SsoClient.Person person =
        client(s)
            .finish(
                URI.create(callbackUri(request) + query),
                pending instanceof SsoClient.Pending p ? p : null);
    CallerIdentity identity = accounts.signIn(person, s);
    // a new session id on sign-in: a session fixed before it is worth nothing
    request.changeSessionId();
    request.getSession().setAttribute(SessionLogin.ATTRIBUTE, identity);
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + "/");
  }

  private SsoClient client(SsoSettings settings) {
    SsoClient read = client;
    if (read == null) {
      read = new SsoClient(settings);
      client = read;
    }
    return read;
  }

  /** CEM_PUBLIC_URL's callback, or the address this request came to (as its client sent it). */
  private static String callbackUri(HttpServletRequest request) {
    String base =
        Settings.fromSystem()
            .get("cem.public.url")
            .orElseGet(
                () -> {
                  int port = request.getServerPort();
                  boolean usual =
                      port == 80 && "http".equals(request.getScheme())
                          || port == 443 && "https".equals(request.getScheme());
                  return request.getScheme()
                      + "://"
                      + request.getServerName()
                      + (usual ? "" : ":" + port)
                      + request.getContextPath();
                });
    return base.replaceAll("/+$", "") + "/sso/callback";
  }
}
