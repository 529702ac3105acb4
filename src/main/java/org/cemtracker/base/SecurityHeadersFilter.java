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
    chain.doFilter(request, response);
  }

  /**
   * The API's answers and the questionnaire's pages (whose address may carry the link) are kept in
   * no cache: not the browser's, not a proxy's, not on a shared computer.
   */
  static boolean neverCached(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/survey")
        || path.startsWith("/survey/");
  }
}
