package org.cemtracker.initiative.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cemtracker.initiative.InitiativeFilter;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.rest.InitiativeViews.InitiativeView;

/** An organisation's initiatives: list (optionally filtered) and create (API.md). */
@Path("organisations/{orgId}/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationInitiativesResource {

  @Inject InitiativeService initiatives;

  @GET
  public List<InitiativeView> list(
      @PathParam("orgId") String orgId,
      @QueryParam("status") String status,
      @QueryParam("rag") String rag,
      @QueryParam("dimension") String dimension,
      @QueryParam("department") String department,
      @QueryParam("owner") String ownerEmail) {
    InitiativeFilter filter =
        InitiativeFilter.parse(status, rag, dimension, department, ownerEmail);
    return initiatives.list(orgId).stream()
        .filter(filter::matches)
        .map(InitiativeView::of)
        .toList();
  }

  @POST
  public Response create(@PathParam("orgId") String orgId, JsonNode body) {
    InitiativeView created =
        InitiativeView.of(initiatives.create(orgId, InitiativeViews.read(body, false)));
    return Response.status(201).entity(created).build();
  }
}
