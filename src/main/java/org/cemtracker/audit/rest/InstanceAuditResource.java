package org.cemtracker.audit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.rest.AuditResource.AuditEventView;

/** The instance's own audit log (organisations erased), newest first; for administrators. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class InstanceAuditResource {

  @Inject AuditLog audit;

  @GET
  public List<AuditEventView> events(@QueryParam("limit") @DefaultValue("200") int limit) {
    return audit.instanceEvents(limit).stream().map(AuditEventView::of).toList();
  }
}
