package org.cemtracker.audit.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.cemtracker.audit.AuditEvent;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.base.rest.QueryParams;

/** An organisation's audit log, newest first (API.md); for its leaders, HR and consultants. */
@Path("organisations/{orgId}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog audit;

  public record AuditEventView(
      String id,
      OffsetDateTime at,
      String actorEmail,
      String action,
      String entity,
      String entityId,
      String subject,
      JsonObject changes) {

    static AuditEventView of(AuditEvent e) {
      JsonObject changes;
      try (var reader =
          Json.createReader(new StringReader(e.changes() == null ? "{}" : e.changes()))) {
        changes = reader.readObject();
      }
      return new AuditEventView(
          e.id(),
          e.at(),
          e.actorEmail(),
          e.action(),
          e.entity(),
          e.entityId(),
          e.subject(),
          changes);
    }
  }

  @GET
  public List<AuditEventView> events(
      @PathParam("orgId") String orgId,
      @QueryParam("entityId") String entityId,
      @QueryParam("limit") String limit) {
    return audit.events(orgId, entityId, limitOf(limit)).stream().map(AuditEventView::of).toList();
  }

  /** At most this many events, the newest first: 200 unless asked, from 1 to 500. */
  static int limitOf(String limit) {
    return QueryParams.whole(limit, "limit", 200, 1, 500);
  }
}
