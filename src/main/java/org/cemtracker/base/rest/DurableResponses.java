package org.cemtracker.base.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.cemtracker.base.persistence.Durability;

/**
 * Every call that may have changed something is on disk before its answer leaves: the services'
 * transactions have committed when the resource method returns, and this runs after it, before the
 * body is written ({@link Durability}).
 */
@Provider
public class DurableResponses implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (!HttpMethod.GET.equals(method)
        && !HttpMethod.HEAD.equals(method)
        && !HttpMethod.OPTIONS.equals(method)) {
      Durability.flush();
    }
  }
}
