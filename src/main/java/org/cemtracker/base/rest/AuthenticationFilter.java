package org.cemtracker.base.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Every resource needs a caller unless it is marked {@link Public}. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean isPublic =
        resource.getResourceMethod() != null
            && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    if (!isPublic && request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(
          jakarta.ws.rs.core.Response.fromResponse(
                  ApiError.response(
                      401,
                      "Authentication required: send Authorization: Bearer <API token> or Basic"))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"CEM Tracker\", Bearer")
              .build());
    }
  }
}
