package org.cemtracker.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no sniffing, no framing by other sites, no referrer leaks, HSTS
 * when the client came over HTTPS (also through a trusted proxy: mapped in web.xml after {@code
 * ForwardedFilter}), and no caching of the API and the questionnaire.
 */
public class SecurityHeadersFilter extends HttpFilter {

  /**
   * What the UI's pages may load: only from this origin; inline scripts and {@code eval} because
   * Vaadin Flow's client runs the server's {@code executeJs} calls as functions built from text,
   * inline styles for its components' themes, images and fonts also as {@code data:} URLs (the
   * charts' export, the icons). No plug-ins, no framing, forms only to this origin.
   */
  static final String UI_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The API's answers are data, never a page: nothing may load from them. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (neverCached(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    response.setHeader("Content-Security-Policy", api(request) ? API_POLICY : UI_POLICY);
    chain.doFilter(request, response);
  }

  /**
   * The API's answers and the questionnaire's pages (whose address may carry the link) are kept in
   * no cache: not the browser's, not a proxy's, not on a shared computer.
   */
  static boolean neverCached(HttpServletRequest request) {
    String path = path(request);
    return api(request) || path.equals("/survey") || path.startsWith("/survey/");
  }

  private static boolean api(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
