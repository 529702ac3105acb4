package org.cemtracker.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cemtracker.base.rest.Bodies;
import org.cemtracker.base.rest.PublicUrl;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.MonitorService;
import org.cemtracker.campaign.rest.CampaignViews.CampaignDetail;
import org.cemtracker.campaign.rest.CampaignViews.CampaignView;
import org.cemtracker.campaign.rest.CampaignViews.Link;

/**
 * Campaigns: create, open phases top-down, invite, close, publish, and the live counts (API.md).
 */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

  @Inject CampaignService campaigns;
  @Inject MonitorService monitor;
  @Context UriInfo uri;

  @GET
  @Path("{campaignId}")
  public CampaignDetail get(@PathParam("campaignId") String campaignId) {
    return CampaignDetail.of(monitor.monitor(campaignId));
  }

  @POST
  @Path("{campaignId}/phases/{tier}/open")
  public CampaignView open(
      @PathParam("campaignId") String campaignId, @PathParam("tier") String tier) {
    return CampaignView.of(campaigns.openPhase(campaignId, tier));
  }

  @POST
  @Path("{campaignId}/close")
  public CampaignView close(@PathParam("campaignId") String campaignId) {
    return CampaignView.of(campaigns.close(campaignId));
  }

  @POST
  @Path("{campaignId}/publish")
  public CampaignView publish(@PathParam("campaignId") String campaignId) {
    return CampaignView.of(campaigns.publish(campaignId));
  }

  @POST
  @Path("{campaignId}/invitations")
  public Response invite(
      @PathParam("campaignId") String campaignId, CampaignViews.InvitationRequest body) {
    Bodies.require(body);
    List<Link> links =
        campaigns
            .invite(
                campaignId,
                body.departmentPath(),
                body.tier(),
                body.count(),
                body.emails(),
                publicUrl())
            .stream()
            .map(Link::of)
            .toList();
    return Response.status(201).entity(links).build();
  }

  @POST
  @Path("{campaignId}/open-link")
  public Response openLink(@PathParam("campaignId") String campaignId) {
    return Response.status(201)
        .entity(Link.of(campaigns.openLink(campaignId, publicUrl())))
        .build();
  }

  /** Where respondents reach the app: CEM_PUBLIC_URL, or the address this request came to. */
  String publicUrl() {
    return PublicUrl.of(uri);
  }
}
