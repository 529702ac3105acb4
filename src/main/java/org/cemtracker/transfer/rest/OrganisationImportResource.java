package org.cemtracker.transfer.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cemtracker.base.rest.Bodies;
import org.cemtracker.transfer.TransferService;

/**
 * Imports an organisation's export file (the body) under new ids, all or nothing: administrators
 * and consultants → 201 with the new organisation's id; the JSON Schema of the file at {@code
 * /schema}.
 */
@Path("organisations/import")
public class OrganisationImportResource {

  @Inject TransferService transfers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response importFrom(byte[] file) {
    Bodies.require(file == null || file.length == 0 ? null : file);
    return Response.status(201).entity(transfers.importFrom(file)).build();
  }

  @GET
  @Path("schema")
  @Produces(MediaType.APPLICATION_JSON)
  public String schema() {
    return transfers.schema();
  }
}
