package org.cemtracker.transfer.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cemtracker.transfer.TransferService;

/**
 * An organisation whole as one JSON file (format version 1, see {@code GET
 * /api/organisations/import/schema}): for its consultants and administrators.
 */
@Path("organisations/{orgId}/export")
public class OrganisationExportResource {

  @Inject TransferService transfers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response export(@PathParam("orgId") String orgId) {
    TransferService.Exported exported = transfers.export(orgId);
    StreamingOutput body = exported::writeTo;
    return Response.ok(body, MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
