package org.cemtracker.benchmark.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cemtracker.benchmark.Benchmarks;

/**
 * A client among the caller's other clients: {@code GET /api/campaigns/{id}/benchmark}, for the
 * consultants and administrators who run the campaign.
 */
@Path("campaigns/{campaignId}/benchmark")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

  @Inject Benchmarks benchmarks;

  @GET
  public BenchmarkView get(@PathParam("campaignId") String campaignId) {
    return BenchmarkView.of(benchmarks.benchmark(campaignId));
  }
}
