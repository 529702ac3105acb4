package org.cemtracker.results.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cemtracker.results.ResultsService;
import org.cemtracker.results.rest.ResultsResource.DimensionScore;
import org.cemtracker.results.rest.ResultsResource.TrendPointView;

/**
 * An organisation's campaigns over time: date, CEM index, stage, reach, dimension scores (API.md).
 */
@Path("organisations/{orgId}/trend")
@Produces(MediaType.APPLICATION_JSON)
public class TrendResource {

  @Inject ResultsService results;

  @GET
  public List<TrendPointView> trend(@PathParam("orgId") String orgId) {
    return results.trend(orgId).stream()
        .map(
            p ->
                new TrendPointView(
                    p.campaign().id(),
                    p.campaign().name(),
                    p.campaign().closedAt() != null
                        ? p.campaign().closedAt()
                        : p.campaign().createdAt(),
                    p.results().cemIndex(),
                    ResultsResource.stage(p.results().stage()),
                    p.results().reach(),
                    p.results().dimensions().stream()
                        .map(d -> new DimensionScore(d.id(), d.score()))
                        .toList()))
        .toList();
  }
}
