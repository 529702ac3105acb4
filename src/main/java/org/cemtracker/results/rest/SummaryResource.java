package org.cemtracker.results.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cemtracker.base.rest.PublicUrl;
import org.cemtracker.results.Summaries;

/**
 * Sharing a published campaign's read-only summary with everyone in the organisation: {@code POST
 * /api/campaigns/{id}/summary-link} answers a new link ({@code {"url": …}}; an earlier one stops
 * working), {@code DELETE} stops sharing.
 */
@Path("campaigns/{campaignId}/summary-link")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

  @Inject Summaries summaries;
  @Context UriInfo uri;

  /** The link to a shared summary. */
  public record SummaryLink(String url) {}

  @POST
  public Response share(@PathParam("campaignId") String campaignId) {
    return Response.status(201)
        .entity(new SummaryLink(summaries.share(campaignId, PublicUrl.of(uri))))
        .build();
  }

  @DELETE
  public Response stop(@PathParam("campaignId") String campaignId) {
    summaries.stop(campaignId);
    return Response.noContent().build();
  }
}
