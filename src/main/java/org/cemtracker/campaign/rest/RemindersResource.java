package org.cemtracker.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cemtracker.base.rest.PublicUrl;
import org.cemtracker.campaign.Reminders;
import org.cemtracker.campaign.StepRunner;
import org.cemtracker.model.Tier;

/** Reminders on demand: {@code POST /api/campaigns/{id}/reminders}. */
@Path("campaigns/{campaignId}/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {

  @Inject StepRunner runner;
  @Context UriInfo uri;

  /** What the reminders go to: the open phases. How many is not said — see {@link Reminders}. */
  public record RemindersQueued(List<Tier> phases, String message) {}

  /** 202: the reminders are queued and go off the request; the plan's steps say what came of it. */
  @POST
  public Response remind(@PathParam("campaignId") String campaignId) {
    Reminders.Queued queued = runner.remindNow(campaignId, PublicUrl.of(uri));
    return Response.accepted(
            new RemindersQueued(
                queued.phases(),
                "Reminders are on their way by e-mail to every invitation of the open phases not"
                    + " yet used; the plan's steps say when they have gone"))
        .build();
  }
}
