package org.cemtracker.initiative.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.TargetWatch;
import org.cemtracker.initiative.InitiativeWatch;
import org.cemtracker.organisation.Access;

/**
 * Looks for what to tell people now, as the timers do ({@code POST /api/admin/watch}), or for one
 * organisation as of a later day ({@code ?asOf=2030-01-31&organisation=<id>}, to try it);
 * administrators only.
 */
@Path("admin/watch")
public class WatchResource {

  @Inject InitiativeWatch initiatives;
  @Inject TargetWatch targets;
  @Inject Access access;

  @POST
  public void look(
      @QueryParam("asOf") String asOf, @QueryParam("organisation") String organisationId) {
    if (!access.isAdmin()) {
      throw Problem.forbidden("Only administrators run the watch");
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate day;
    try {
      day = asOf == null ? today : LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw Problem.invalid("asOf", "must be a day such as 2030-01-31");
    }
    if (day.isAfter(today) && organisationId == null) {
      throw Problem.invalid(
          "organisation", "a look as of a later day tries one organisation: name it");
    }
    if (organisationId != null) {
      access.view(organisationId);
    }
    initiatives.look(day, organisationId);
    targets.look();
  }
}
