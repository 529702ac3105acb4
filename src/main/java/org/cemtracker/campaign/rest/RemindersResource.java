package org.cemtracker.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cemtracker.base.rest.PublicUrl;
import org.cemtracker.campaign.Reminders;
import org.cemtracker.model.Tier;

/** Reminders on demand: {@code POST /api/campaigns/{id}/reminders}. */
@Path("campaigns/{campaignId}/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {

  @Inject Reminders reminders;
  @Context UriInfo uri;

  /** What the reminders went to: the open phases. How many is not said — see {@link Reminders}. */
  public record RemindersSent(List<Tier> phases, String message) {}

  @POST
  public RemindersSent remind(@PathParam("campaignId") String campaignId) {
    Reminders.Reminded sent = reminders.remindNow(campaignId, PublicUrl.of(uri));
    return new RemindersSent(
        sent.phases(),
        "Reminded every invitation by e-mail of the open phases that has not been used");
  }
}
