package org.cemtracker.initiative.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cemtracker.initiative.PlanningService;
import org.cemtracker.initiative.Recommendations;

/**
 * After a wave: the weakest dimensions organisation-wide and per department, with the model's
 * recommended initiatives; suppressed departments are not listed.
 */
@Path("campaigns/{campaignId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationsResource {

  @Inject PlanningService planning;

  public record RecommendationView(
      String dimension, int stage, String title, String description, List<String> kpis) {}

  public record SuggestionView(
      String dimension,
      String dimensionName,
      String departmentPath,
      Double score,
      Double organisationScore,
      int stage,
      List<RecommendationView> recommendations) {}

  public record RecommendationsView(
      String campaignId,
      Integer stage,
      List<SuggestionView> organisation,
      List<SuggestionView> departments) {}

  @GET
  public RecommendationsView get(@PathParam("campaignId") String campaignId) {
    PlanningService.Recommended recommended = planning.recommendations(campaignId);
    return new RecommendationsView(
        recommended.campaign().campaign().id(),
        recommended.plan().stage(),
        view(recommended.plan().organisation()),
        view(recommended.plan().departments()));
  }

  private static List<SuggestionView> view(List<Recommendations.Suggestion> suggestions) {
    return suggestions.stream()
        .map(
            s ->
                new SuggestionView(
                    s.dimension(),
                    s.dimensionName(),
                    s.departmentPath(),
                    s.score(),
                    s.organisationScore(),
                    s.stage(),
                    s.recommendations().stream()
                        .map(
                            r ->
                                new RecommendationView(
                                    r.dimension(), r.stage(), r.title(), r.description(), r.kpis()))
                        .toList()))
        .toList();
  }
}
