package org.cemtracker.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cemtracker.campaign.StepRunner;

/**
 * Carries out the planned steps due now ({@code POST /api/admin/schedule}), or one campaign's as of
 * a later moment ({@code ?asOf=2030-01-01T00:00:00Z&campaign=<id>}, to try its plan);
 * administrators only. The timer runs the same every minute.
 */
@Path("admin/schedule")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

  @Inject StepRunner runner;

  @POST
  public List<StepRunner.Ran> run(
      @QueryParam("asOf") String asOf, @QueryParam("campaign") String campaignId) {
    return runner.runAs(AsOf.parse(asOf), campaignId);
  }
}
