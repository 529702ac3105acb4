package org.cemtracker.initiative.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cemtracker.base.rest.Bodies;
import org.cemtracker.base.rest.QueryParams;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.PlanningService;
import org.cemtracker.initiative.rest.InitiativeViews.CheckInBody;
import org.cemtracker.initiative.rest.InitiativeViews.InitiativeView;
import org.cemtracker.initiative.rest.InitiativeViews.MeasurementBody;
import org.cemtracker.initiative.rest.InitiativeViews.MilestoneBody;

/** One initiative: read, edit (with its version), delete, and its tracking (API.md). */
@Path("initiatives/{initiativeId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiativesResource {

  @Inject InitiativeService initiatives;
  @Inject PlanningService planning;

  @GET
  public InitiativeView get(@PathParam("initiativeId") String id) {
    return InitiativeView.of(initiatives.get(id));
  }

  @PATCH
  public InitiativeView update(@PathParam("initiativeId") String id, JsonNode body) {
    return InitiativeView.of(initiatives.update(id, InitiativeViews.read(body, true)));
  }

  /** Deletes it; {@code ?version=} guards against deleting what someone else just changed. */
  @DELETE
  public Response delete(
      @PathParam("initiativeId") String id, @QueryParam("version") String version) {
    initiatives.delete(id, QueryParams.whole(version, "version", null));
    return Response.noContent().build();
  }

  @POST
  @Path("check-ins")
  public Response checkIn(@PathParam("initiativeId") String id, CheckInBody body) {
    Bodies.require(body);
    InitiativeView view =
        InitiativeView.of(initiatives.checkIn(id, body.date(), body.rag(), body.note()));
    return Response.status(201).entity(view).build();
  }

  @POST
  @Path("kpis/{kpiId}/measurements")
  public Response measure(
      @PathParam("initiativeId") String id,
      @PathParam("kpiId") String kpiId,
      MeasurementBody body) {
    Bodies.require(body);
    InitiativeView view =
        InitiativeView.of(initiatives.measure(id, kpiId, body.date(), body.value()));
    return Response.status(201).entity(view).build();
  }

  @PUT
  @Path("milestones/{milestoneId}/done")
  public InitiativeView markDone(
      @PathParam("initiativeId") String id,
      @PathParam("milestoneId") String milestoneId,
      MilestoneBody body) {
    Bodies.require(body);
    return InitiativeView.of(
        initiatives.markMilestone(id, milestoneId, !Boolean.FALSE.equals(body.done())));
  }

  @GET
  @Path("impact")
  public ImpactView impact(
      @PathParam("initiativeId") String id,
      @QueryParam("before") String before,
      @QueryParam("after") String after) {
    return ImpactView.of(planning.impact(id, before, after));
  }
}
