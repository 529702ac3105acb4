package org.cemtracker.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cemtracker.campaign.RetentionService;

/**
 * Runs retention now ({@code POST /api/admin/retention}), or as of a later moment ({@code
 * ?asOf=2030-01-01T00:00:00Z}); administrators only. The nightly job runs the same.
 */
@Path("admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  @Inject RetentionService retention;

  @POST
  public RetentionService.Run run(@QueryParam("asOf") String asOf) {
    return retention.runAs(AsOf.parse(asOf));
  }
}
