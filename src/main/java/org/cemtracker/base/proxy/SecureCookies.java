package org.cemtracker.base.proxy;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.logging.Logger;
import org.cemtracker.base.Settings;

/**
 * Marks the session cookie {@code Secure} when the app is reached over HTTPS ({@code
 * CEM_PUBLIC_URL} starts with https://): behind a proxy that ends TLS, the container itself sees
 * plain HTTP and would not. Registered in web.xml.
 */
public class SecureCookies implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean https =
        Settings.fromSystem()
            .get("cem.public.url")
            .map(url -> url.regionMatches(true, 0, "https://", 0, 8))
            .orElse(false);
    if (https) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
      LOG.info("Session cookies are Secure: CEM_PUBLIC_URL is https");
    }
  }
}
