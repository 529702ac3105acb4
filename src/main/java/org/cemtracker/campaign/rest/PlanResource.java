package org.cemtracker.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.rest.PublicUrl;
import org.cemtracker.campaign.CampaignPlans;
import org.cemtracker.campaign.CampaignStep;
import org.cemtracker.campaign.InvitationMailer;
import org.cemtracker.model.Tier;

/** A campaign's plan: {@code GET/PUT /api/campaigns/{id}/plan}. */
@Path("campaigns/{campaignId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

  @Inject CampaignPlans plans;
  @Inject InvitationMailer mailer;
  @Context UriInfo uri;

  /** A step of the plan: due, and once done, when and what came of it. */
  public record Step(String kind, OffsetDateTime dueAt, OffsetDateTime doneAt, String outcome) {
    static Step of(CampaignStep s) {
      return new Step(s.kind().name(), s.dueAt(), s.doneAt(), s.outcome());
    }
  }

  public record PlanView(
      String campaignId,
      Map<Tier, OffsetDateTime> opens,
      OffsetDateTime closes,
      List<Integer> remindDaysBefore,
      int target,
      Map<String, Integer> departmentTargets,
      boolean emailConfigured,
      List<Step> steps) {
    static PlanView of(CampaignPlans.Plan p, boolean email) {
      return new PlanView(
          p.campaign().id(),
          p.opens(),
          p.closes(),
          p.remindDaysBefore(),
          p.target(),
          p.departmentTargets(),
          email,
          p.steps().stream().map(Step::of).toList());
    }
  }

  @GET
  public PlanView get(@PathParam("campaignId") String campaignId) {
    return PlanView.of(plans.get(campaignId), mailer.enabled());
  }

  @PUT
  public PlanView save(@PathParam("campaignId") String campaignId, CampaignPlans.PlanRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "give the plan: opens, closes, remindDaysBefore, target");
    }
    return PlanView.of(plans.save(campaignId, body, PublicUrl.of(uri)), mailer.enabled());
  }
}
