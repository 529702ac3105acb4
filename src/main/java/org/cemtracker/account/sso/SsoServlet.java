package org.cemtracker.account.sso;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.SessionLogin;
import org.cemtracker.account.sso.SsoFailure.Code;
import org.cemtracker.base.Settings;

/**
 * {@code /sso/login} sends the browser to the identity provider; {@code /sso/callback} takes its
 * answer, signs the person in to a new session id and goes to the start page. Whatever fails goes
 * back to the login page with a code the page explains; the details go to the log.
 */
@WebServlet(urlPatterns = "/sso/*")
public class SsoServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());
  private static final String PENDING = "org.cemtracker.sso-pending";

  @Inject SsoAccounts accounts;

  private volatile SsoClient client;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Optional<SsoSettings> settings = SsoSettings.fromSystem();
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (settings.isEmpty() || !(path.equals("/login") || path.equals("/callback"))) {
      response.sendRedirect(request.getContextPath() + "/login");
      return;
    }
    try {
      if (path.equals("/login")) {
        start(request, response, settings.get());
      } else {
        finish(request, response, settings.get());
      }
    } catch (SsoFailure failure) {
      LOG.info(() -> "Single sign-on refused (" + failure.code() + "): " + failure.getMessage());
      back(request, response, failure.code());
    } catch (RuntimeException unexpected) {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.WARNING, "Single sign-on failed, reference " + reference, unexpected);
      back(request, response, Code.FAILED);
    }
  }

  private static void back(HttpServletRequest request, HttpServletResponse response, Code code)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login?sso-error=" + code.name());
  }

  private void start(HttpServletRequest request, HttpServletResponse response, SsoSettings s)
      throws IOException {
    SsoClient.Started started = client(s).start(callbackUri(request));
    request.getSession(true).setAttribute(PENDING, started.pending());
    response.sendRedirect(started.location().toString());
  }

  private void finish(HttpServletRequest request, HttpServletResponse response, SsoSettings s)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object pending = session == null ? null : session.getAttribute(PENDING);
    if (session != null) {
      // used once: the same answer cannot sign in twice
      session.removeAttribute(PENDING);
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
    SsoClient.Person person =
        client(s).finish(parameters, pending instanceof SsoClient.Pending p ? p : null);
    CallerIdentity identity = accounts.signIn(person, s);
    // a new session id on sign-in: a session fixed before it is worth nothing
    request.changeSessionId();
    request.getSession().setAttribute(SessionLogin.ATTRIBUTE, identity);
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
