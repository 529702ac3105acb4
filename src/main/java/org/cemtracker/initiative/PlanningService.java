package org.cemtracker.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.results.ResultsService;
import org.cemtracker.results.ResultsService.CampaignResults;
import org.cemtracker.results.ResultsService.TrendPoint;

/** Plans from results: recommendations after a wave, and an initiative's impact after the next. */
@ApplicationScoped
@Transactional
public class PlanningService {

  @Inject ResultsService results;
  @Inject InitiativeService initiatives;
  @Inject org.cemtracker.campaign.CampaignService campaigns;

  /** A campaign's recommendations. */
  public record Recommended(CampaignResults campaign, Recommendations.Plan plan) {}

  /**
   * An initiative's impact between the two waves around its start, or the reason it cannot be shown
   * yet ({@code reason} is then set and {@code dimensions} empty).
   */
  public record ImpactReport(
      Campaign before,
      Campaign after,
      List<Impact.DimensionImpact> dimensions,
      boolean comparison,
      String reason) {}

  public Recommended recommendations(String campaignId) {
    CampaignResults campaign = results.results(campaignId);
    return new Recommended(
        campaign, Recommendations.of(campaign.campaign().model(), campaign.results()));
  }

  /** The organisation's campaigns, newest first, to pick recommendations from. */
  public List<Campaign> campaigns(String organisationId) {
    return campaigns.list(organisationId);
  }

  /** The newest finished campaign of the organisation, whose recommendations to show first. */
  public java.util.Optional<String> latestFinishedCampaign(String organisationId) {
    List<Campaign> finished =
        results.trend(organisationId).stream()
            .map(TrendPoint::campaign)
            .filter(Campaign::isFinished)
            .toList();
    return finished.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(finished.get(finished.size() - 1).id());
  }

  /**
   * The impact between two finished campaigns of the initiative's organisation: those given, or by
   * default the newest closed on or before its start and the newest closed after it.
   */
  public ImpactReport impact(String initiativeId, String beforeId, String afterId) {
    Initiative initiative = initiatives.find(initiativeId);
    List<TrendPoint> finished =
        results.trend(initiative.organisationId()).stream()
            .filter(p -> p.campaign().isFinished())
            .toList();
    TrendPoint before = chosen(finished, beforeId, "before");
    TrendPoint after = chosen(finished, afterId, "after");
    if (beforeId == null || afterId == null) {
      LocalDate start = initiative.startDate();
      if (start == null) {
        return unavailable(
            before, after, "Give the initiative a start date to compare the waves around it");
      }
      for (TrendPoint point : finished) {
        boolean closedBefore = !point.campaign().closedAt().toLocalDate().isAfter(start);
        if (beforeId == null && closedBefore) {
          before = point;
        } else if (afterId == null && !closedBefore) {
          after = point;
        }
      }
    }
    if (before == null) {
      return unavailable(
          null, after, "No finished campaign closed before the start on " + initiative.startDate());
    }
    if (after == null) {
      return unavailable(before, null, "The impact shows after the next campaign closes");
    }
    if (!before.campaign().closedAt().isBefore(after.campaign().closedAt())) {
      throw Problem.invalid("before", "must be a campaign that closed before the 'after' campaign");
    }
    List<String> dimensions =
        initiative.dimensions().isEmpty()
            ? after.results().dimensions().stream().map(d -> d.id()).toList()
            : initiative.dimensions();
    boolean comparison = !initiative.departmentPaths().isEmpty();
    Predicate<String> targeted = comparison ? initiative::targets : path -> true;
    return new ImpactReport(
        before.campaign(),
        after.campaign(),
        Impact.of(before.results(), after.results(), dimensions, targeted),
        comparison,
        null);
  }

  private static TrendPoint chosen(List<TrendPoint> finished, String campaignId, String field) {
    if (campaignId == null) {
      return null;
    }
    return finished.stream()
        .filter(p -> p.campaign().id().equals(campaignId))
        .findFirst()
        .orElseThrow(
            () ->
                Problem.invalid(
                    field, "no finished campaign " + campaignId + " in this organisation"));
  }

  private static ImpactReport unavailable(TrendPoint before, TrendPoint after, String reason) {
    return new ImpactReport(
        before == null ? null : before.campaign(),
        after == null ? null : after.campaign(),
        List.of(),
        false,
        reason);
  }
}
