package org.cemtracker.base.proxy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.cemtracker.base.Settings;
import org.cemtracker.base.StartupFailure;

/**
 * The first filter (web.xml): behind a trusted proxy, every later reader of the request — the links
 * made for respondents, the HSTS header, JAX-RS and Vaadin — sees the client's address, scheme,
 * host and port ({@link ClientView}) instead of the proxy's. The authentication mechanism runs
 * before any filter, and asks {@link #clientOf} itself.
 */
public class ForwardedFilter extends HttpFilter {

  private static volatile TrustedProxies trusted;

  @Override
  public void init(FilterConfig config) throws ServletException {
    try {
      trusted();
    } catch (IllegalArgumentException e) {
      throw StartupFailure.exit(e.getMessage(), e);
    }
  }

  /** CEM_TRUSTED_PROXIES, read once. */
  private static TrustedProxies trusted() {
    TrustedProxies read = trusted;
    if (read == null) {
      read =
          Settings.fromSystem()
              .get("cem.trusted.proxies")
              .map(TrustedProxies::parse)
              .orElse(TrustedProxies.none());
      trusted = read;
    }
    return read;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!trusted().trusts(request.getRemoteAddr())) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new AsTheClientSent(request, clientOf(request)), response);
  }

  /** The request as its client made it: through a trusted proxy, from the forwarded headers. */
  public static ClientView clientOf(HttpServletRequest request) {
    return ClientView.of(
        trusted(),
        request.getRemoteAddr(),
        request.getScheme(),
        request.getServerName(),
        request.getServerPort(),
        new ClientView.Forwarded(
            Collections.list(request.getHeaders("X-Forwarded-For")),
            request.getHeader("X-Forwarded-Proto"),
            request.getHeader("X-Forwarded-Host"),
            request.getHeader("X-Forwarded-Port"),
            request.getHeader("Host")));
  }

  /** The request with the client's address, scheme, host and port. */
  static final class AsTheClientSent extends HttpServletRequestWrapper {
    private final ClientView client;

    AsTheClientSent(HttpServletRequest request, ClientView client) {
      super(request);
      this.client = client;
    }

    @Override
    public String getRemoteAddr() {
      return client.address();
    }

    @Override
    public String getRemoteHost() {
      return client.address();
    }

    @Override
    public String getScheme() {
      return client.scheme();
    }

    @Override
    public boolean isSecure() {
      return client.secure();
    }

    @Override
    public String getServerName() {
      return client.host();
    }

    @Override
    public int getServerPort() {
      return client.port();
    }

    @Override
    public StringBuffer getRequestURL() {
      return new StringBuffer(client.origin()).append(getRequestURI());
    }
  }
}
