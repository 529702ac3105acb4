package org.cemtracker.campaign.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal link {@code /survey/<token>} never stays in the browser: its token goes into the
 * HTTP-only cookie ({@link SurveySession}) and the browser is sent on to {@code /survey} with a
 * 303, so the address bar, the history's page and a bookmark show no token. (The open link, {@code
 * /survey/open/<token>}, is shared by design and is not redirected.)
 */
public class SurveyLinkFilter extends HttpFilter {

  private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{8,200})");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher link = LINK.matcher(path);
    if ("GET".equals(request.getMethod()) && link.matches()) {
      response.addCookie(
          SurveySession.cookie(SurveySession.COOKIE, link.group(1), SurveySession.KEPT, request));
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + "/survey");
      return;
    }
    chain.doFilter(request, response);
  }
}
