package org.cemtracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.cemtracker.base.proxy.ForwardedFilter;
import org.cemtracker.base.rest.ApiError;
import org.cemtracker.base.rest.DatabaseUnavailable;

/**
 * How a request proves who sends it (DESIGN §9). Under {@code /api} only the {@code Authorization}
 * header counts — Basic or a Bearer API token — never the UI's session cookie, so the API needs no
 * CSRF token. Everywhere else the UI session established by the login view counts, re-checked
 * against the stored user on every request so that disabling a user or changing a password ends
 * their sessions at once.
 */
@ApplicationScoped
public class CemAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The groups every caller belongs to; ADMIN is added for the instance's administrators. */
  public static final String USER_GROUP = "USER";

  public static final String ADMIN_GROUP = "ADMIN";

  @Inject Authenticator authenticator;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/api") || path.startsWith("/api/")) {
      try {
        return fromHeader(request, response, context);
      } catch (RuntimeException failed) {
        if (!DatabaseUnavailable.causes(failed)) {
          throw failed;
        }
        // the credentials cannot be checked now: say so as the API does, not with an empty 500
        response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
        return refuse(response, 503, DatabaseUnavailable.MESSAGE);
      }
    }
    return fromSession(request, context);
  }

  private AuthenticationStatus fromHeader(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return context.doNothing();
    }
    LoginResult result;
    if (startsWithIgnoringCase(header, "Bearer ")) {
      result =
          authenticator
              .bearer(header.substring(7).trim())
              .<LoginResult>map(LoginResult.Success::new)
              .orElseGet(LoginResult.Refused::new);
    } else if (startsWithIgnoringCase(header, "Basic ")) {
      Optional<String[]> pair = decodeBasic(header.substring(6).trim());
      result =
          pair.isEmpty()
              ? new LoginResult.Refused()
              : authenticator.basic(
                  pair.get()[0], pair.get()[1], ForwardedFilter.clientOf(request).address());
    } else {
      return refuse(response, 401, "Unsupported Authorization scheme: use Basic or Bearer");
    }
    if (result instanceof LoginResult.Success success) {
      return notify(context, success.identity());
    }
    if (result instanceof LoginResult.Throttled throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds() + 1));
      return refuse(response, 429, "Too many failed logins: try again later");
    }
    return refuse(response, 401, "Invalid credentials");
  }

  private AuthenticationStatus fromSession(HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SessionLogin.ATTRIBUTE) instanceof CallerIdentity earlier)) {
      return context.doNothing();
    }
    Optional<CallerIdentity> now = authenticator.confirm(earlier);
    if (now.isEmpty()) {
      session.removeAttribute(SessionLogin.ATTRIBUTE);
      return context.doNothing();
    }
    return notify(context, now.get());
  }

  private static AuthenticationStatus notify(HttpMessageContext context, CallerIdentity identity) {
    Set<String> groups = identity.admin() ? Set.of(USER_GROUP, ADMIN_GROUP) : Set.of(USER_GROUP);
    return context.notifyContainerAboutLogin(identity.userId(), groups);
  }

  static Optional<String[]> decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWithIgnoringCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, int status, String message) {
    try {
      if (status == 401) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CEM Tracker\", Bearer");
      }
      ApiError.write(response, status, message);
      response.flushBuffer();
    } catch (IOException e) {
      // the client has gone; nothing to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
