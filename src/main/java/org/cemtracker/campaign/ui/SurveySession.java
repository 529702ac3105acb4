package org.cemtracker.campaign.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The invitation token a browser is answering with: kept in its session instead of its URL, and in
 * an HTTP-only cookie of the browser, so that a respondent whose node was lost (or who closed the
 * tab) goes on with the same token on any node. For an open link the cookie also remembers which
 * personal token the link gave this browser, so that opening the link again continues it.
 */
final class SurveySession {

  static final String COOKIE = "CEMSURVEY";
  static final String OPEN_COOKIE = "CEMOPEN";
  private static final String ATTRIBUTE = "org.cemtracker.survey-token";
  private static final String PAGE = "org.cemtracker.survey-page";
  private static final String LANGUAGE = "org.cemtracker.survey-language";
  static final int KEPT = (int) Duration.ofDays(7).toSeconds();

  private SurveySession() {}

  static void remember(String token) {
    VaadinSession.getCurrent().setAttribute(ATTRIBUTE, token);
    set(COOKIE, token);
  }

  /** The personal token this open link gave, remembered with it. */
  static void rememberOpened(String openToken, String token) {
    remember(token);
    set(OPEN_COOKIE, openToken + ":" + token);
  }

  /**
   * The token this browser answers with: the one set in this request, else its cookie (a link
   * opened since — {@link SurveyLinkFilter} — replaces an earlier one), else the session's.
   */
  static String token() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null) {
      return null;
    }
    String token = cookie(COOKIE).filter(t -> !t.isEmpty()).orElse(null);
    if (token == null) {
      token = (String) session.getAttribute(ATTRIBUTE);
    } else {
      session.setAttribute(ATTRIBUTE, token);
    }
    return token;
  }

  /** The page of questions this browser is on, so that a reload comes back to it. */
  static void rememberPage(String token, int page) {
    VaadinSession.getCurrent().setAttribute(PAGE, new Page(token, page));
  }

  /** The page this browser was on with this token, if it was on one. */
  static Optional<Integer> page(String token) {
    VaadinSession session = VaadinSession.getCurrent();
    Object page = session == null ? null : session.getAttribute(PAGE);
    return page instanceof Page p && p.token().equals(token)
        ? Optional.of(p.index())
        : Optional.empty();
  }

  private record Page(String token, int index) implements Serializable {}

  /** The language the respondent chose for the questionnaire in this browser session. */
  static void rememberLanguage(String language) {
    VaadinSession.getCurrent().setAttribute(LANGUAGE, language);
  }

  static Optional<String> language() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((String) session.getAttribute(LANGUAGE));
  }

  /** Submitted: this browser no longer offers the questionnaire to whoever uses it next. */
  static void forget() {
    VaadinSession.getCurrent().setAttribute(PAGE, null);
    VaadinSession.getCurrent().setAttribute(ATTRIBUTE, null);
    set(COOKIE, "", 0);
    set(OPEN_COOKIE, "", 0);
  }

  /** The personal token this browser got from the open link before, if any. */
  static Optional<String> opened(String openToken) {
    String prefix = openToken + ":";
    return cookie(OPEN_COOKIE)
        .filter(v -> v.startsWith(prefix) && v.length() > prefix.length())
        .map(v -> v.substring(prefix.length()));
  }

  /** The cookie's value; none if it is missing, malformed or sent twice (one may be planted). */
  private static Optional<String> cookie(String name) {
    VaadinRequest request = VaadinService.getCurrentRequest();
    if (request == null) {
      return Optional.empty();
    }
    Object setNow = request.getAttribute(ATTRIBUTE + "." + name);
    if (setNow != null) {
      return Optional.of((String) setNow);
    }
    if (request.getCookies() == null) {
      return Optional.empty();
    }
    List<String> values =
        Arrays.stream(request.getCookies())
            .filter(c -> name.equals(c.getName()))
            .map(Cookie::getValue)
            .toList();
    return values.size() == 1 && plain(values.get(0))
        ? Optional.of(values.get(0))
        : Optional.empty();
  }

  private static void set(String name, String value) {
    set(name, value, KEPT);
  }

  private static void set(String name, String value, int maxAge) {
    VaadinResponse response = VaadinService.getCurrentResponse();
    HttpServletRequest request = VaadinServletService.getCurrentServletRequest();
    if (response == null || request == null || !(value.isEmpty() || plain(value))) {
      return;
    }
    response.addCookie(cookie(name, value, maxAge, request));
    // read back in this same request before the browser sends it again
    VaadinService.getCurrentRequest().setAttribute(ATTRIBUTE + "." + name, value);
  }

  /** The cookie that keeps {@code value} for this browser, HTTP-only. */
  static Cookie cookie(String name, String value, int maxAge, HttpServletRequest request) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    // as the session cookie: Secure over HTTPS, also behind a proxy that ends TLS
    cookie.setSecure(
        request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure());
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  /** A token as the app makes them (URL-safe characters, bounded), nothing else. */
  static boolean plain(String value) {
    return value.length() <= 200 && value.matches("[A-Za-z0-9_:-]+");
  }
}
