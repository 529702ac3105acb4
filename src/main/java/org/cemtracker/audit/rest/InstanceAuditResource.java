package org.cemtracker.audit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.rest.AuditResource.AuditEventView;
import org.cemtracker.base.rest.QueryParams;

/** The instance's own audit log (organisations erased), newest first; for administrators. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class InstanceAuditResource {

  @Inject AuditLog audit;

  @GET
  public List<AuditEventView> events(@QueryParam("limit") String limit) {
    return audit.instanceEvents(limitOf(limit)).stream().map(AuditEventView::of).toList();
  }

  /** At most this many events, the newest first: 200 unless asked, from 1 to 500. */
  static int limitOf(String limit) {
    return QueryParams.whole(limit, "limit", 200, 1, 500);
  }
}
