package org.cemtracker.results.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cemtracker.base.Problem;
import org.cemtracker.base.rest.Public;
import org.cemtracker.results.SharedSummary;
import org.cemtracker.results.Summaries;

/** {@code GET /api/summaries/{token}}: a shared summary, for anyone with its link (no sign-in). */
@Path("summaries")
@Public
@Produces(MediaType.APPLICATION_JSON)
public class SharedSummaryResource {

  @Inject Summaries summaries;

  @GET
  @Path("{token}")
  public SharedSummary read(@PathParam("token") String token) {
    return summaries
        .read(token)
        .orElseThrow(
            () ->
                Problem.notFoundSaying(
                    "No summary is shared under this link: it may have been stopped"));
  }
}
