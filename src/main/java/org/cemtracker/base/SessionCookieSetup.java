package org.cemtracker.base;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** The session cookie is HttpOnly (web.xml) and SameSite=Lax, set here (Servlet 6). */
@WebListener
public class SessionCookieSetup implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
  }
}
