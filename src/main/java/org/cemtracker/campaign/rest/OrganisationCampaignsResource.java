package org.cemtracker.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cemtracker.base.rest.Bodies;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.rest.CampaignViews.CampaignView;

/** An organisation's campaigns: list and create (API.md). */
@Path("organisations/{orgId}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationCampaignsResource {

  @Inject CampaignService campaigns;

  @GET
  public List<CampaignView> list(@PathParam("orgId") String orgId) {
    return campaigns.list(orgId).stream().map(CampaignView::of).toList();
  }

  @POST
  public Response create(@PathParam("orgId") String orgId, CampaignViews.CreateCampaign body) {
    Bodies.require(body);
    return Response.status(201)
        .entity(CampaignView.of(campaigns.create(orgId, body.modelId(), body.name())))
        .build();
  }
}
