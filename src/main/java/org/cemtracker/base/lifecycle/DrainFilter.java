package org.cemtracker.base.lifecycle;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cemtracker.base.rest.ApiError;

/**
 * The first filter: counts the requests in flight and, once the node is stopping, refuses new ones
 * with a JSON 503 and {@code Retry-After} (nothing was done: the balancer may send it to another
 * node).
 */
public class DrainFilter extends HttpFilter {

  static final String MESSAGE = "This server is stopping; try again in a few seconds";

  @Inject Drain drain;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!drain.enter()) {
      response.setHeader("Retry-After", "2");
      response.setHeader("Connection", "close");
      response.setHeader("Cache-Control", "no-store");
      ApiError.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MESSAGE);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      drain.leave();
    }
  }
}
