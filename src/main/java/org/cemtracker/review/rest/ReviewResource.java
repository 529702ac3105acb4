package org.cemtracker.review.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cemtracker.review.Rating;
import org.cemtracker.review.RatingRequest;
import org.cemtracker.review.Reviews;

/**
 * The consultant's review of a campaign: {@code GET /api/campaigns/{id}/review}; ratings per
 * dimension and the claimed stage ({@code PUT/DELETE …/review/dimensions/{dimensionId}}, {@code
 * …/review/stage}); publication to the leaders ({@code POST/DELETE …/review/publication}). Each
 * change answers the review as it now stands.
 */
@Path("campaigns/{campaignId}/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @Inject Reviews reviews;
  @Inject Rating rating;

  @GET
  public ReviewView get(@PathParam("campaignId") String campaignId) {
    return ReviewView.of(reviews.review(campaignId));
  }

  @PUT
  @Path("dimensions/{dimensionId}")
  public ReviewView rate(
      @PathParam("campaignId") String campaignId,
      @PathParam("dimensionId") String dimensionId,
      RatingRequest body) {
    rating.rateDimension(campaignId, dimensionId, body);
    return get(campaignId);
  }

  @DELETE
  @Path("dimensions/{dimensionId}")
  public ReviewView unrate(
      @PathParam("campaignId") String campaignId, @PathParam("dimensionId") String dimensionId) {
    rating.unrateDimension(campaignId, dimensionId);
    return get(campaignId);
  }

  @PUT
  @Path("stage")
  public ReviewView claim(@PathParam("campaignId") String campaignId, RatingRequest body) {
    rating.claimStage(campaignId, body);
    return get(campaignId);
  }

  @DELETE
  @Path("stage")
  public ReviewView unclaim(@PathParam("campaignId") String campaignId) {
    rating.unclaimStage(campaignId);
    return get(campaignId);
  }

  @POST
  @Path("publication")
  public ReviewView publish(@PathParam("campaignId") String campaignId) {
    rating.publish(campaignId);
    return get(campaignId);
  }

  @DELETE
  @Path("publication")
  public ReviewView withdraw(@PathParam("campaignId") String campaignId) {
    rating.withdraw(campaignId);
    return get(campaignId);
  }
}
