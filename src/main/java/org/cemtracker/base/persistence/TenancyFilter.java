package org.cemtracker.base.persistence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Each request's database work is scoped to its caller ({@link Tenancy}): the signed-in user the
 * container authenticated (the principal's name is the user's id), or no one. Mapped in web.xml for
 * every request; the scope is dropped when the request ends.
 */
public class TenancyFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    Tenancy.request(caller == null ? null : caller.getName());
    try {
      chain.doFilter(request, response);
    } finally {
      Tenancy.end();
    }
  }
}
