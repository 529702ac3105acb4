package org.cemtracker.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.CampaignStatus;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.results.ResultsService;
import org.cemtracker.results.ResultsService.TrendPoint;
import org.cemtracker.scoring.Results;

/**
 * Places a client among the caller's other clients (issue 16, item 4). For the consultants and
 * administrators who run the client's campaigns only; the others are the organisations whose
 * campaigns the caller runs too, each counted once, by its latest published campaign on the same
 * model. Every figure is read through {@link ResultsService}, so what the disclosure layer hides
 * for an organisation (a group below k, an index not shown) contributes nothing.
 */
@ApplicationScoped
public class Benchmarks {

  @Inject ResultsService results;
  @Inject Access access;
  @Inject CampaignService campaigns;

  /** The benchmark of a campaign's released results; 403 for readers who do not run it. */
  public Benchmark benchmark(String campaignId) {
    return benchmark(results.results(campaignId));
  }

  /** The benchmark of results the caller has read already (the report reads them once). */
  public Benchmark benchmark(ResultsService.CampaignResults own) {
    Campaign campaign = own.campaign();
    if (!access.runsCampaigns(campaign.organisationId())) {
      throw Problem.forbidden(
          "Only the consultants who run this organisation's campaigns compare it with their other"
              + " clients");
    }
    MaturityModel model = campaign.model();
    List<TrendPoint> others = others(campaign);
    List<Double> index = new ArrayList<>();
    for (TrendPoint point : others) {
      if (ModelMatch.sameIndex(model, point.campaign().model())) {
        index.add(point.results().cemIndex());
      }
    }
    List<Benchmark.DimensionFigure> dimensions = new ArrayList<>();
    for (MaturityModel.Dimension d : model.dimensions()) {
      List<Double> values = new ArrayList<>();
      for (TrendPoint point : others) {
        if (ModelMatch.sameDimension(model, point.campaign().model(), d.id())) {
          values.add(score(point.results(), d.id()));
        }
      }
      dimensions.add(
          new Benchmark.DimensionFigure(
              d, new Benchmark.Figure(score(own.results(), d.id()), Distribution.of(values))));
    }
    return new Benchmark(
        campaign,
        new Benchmark.Figure(own.results().cemIndex(), Distribution.of(index)),
        dimensions);
  }

  /** Whether the caller may compare this campaign's organisation with their other clients. */
  public boolean offered(String campaignId) {
    try {
      return access.runsCampaigns(results.results(campaignId).campaign().organisationId());
    } catch (Problem notForThisCaller) {
      return false;
    }
  }

  /** The benchmark if the caller may see one for this campaign (for the dashboard). */
  public Optional<Benchmark> readable(String campaignId) {
    try {
      return Optional.of(benchmark(campaignId));
    } catch (Problem notForThisCaller) {
      return Optional.empty();
    }
  }

  /**
   * Each other client's latest published campaign on the model, one per organisation: published, so
   * that no figure its own leaders have not been given goes into another's benchmark. Only that
   * campaign is scored.
   */
  private List<TrendPoint> others(Campaign campaign) {
    String modelId = campaign.modelId();
    List<TrendPoint> latest = new ArrayList<>();
    for (Organisation organisation : access.visible()) {
      if (organisation.id().equals(campaign.organisationId())
          || !access.runsCampaigns(organisation.id())) {
        continue;
      }
      campaigns.list(organisation.id()).stream()
          .filter(c -> c.status() == CampaignStatus.PUBLISHED && c.modelId().equals(modelId))
          .max(Comparator.comparing(Campaign::publishedAt))
          .map(c -> results.results(c.id()))
          .ifPresent(found -> latest.add(new TrendPoint(found.campaign(), found.results())));
    }
    return latest;
  }

  private static Double score(Results results, String dimensionId) {
    if (results.hidden()) {
      return null;
    }
    return results.dimensions().stream()
        .filter(d -> d.id().equals(dimensionId))
        .findFirst()
        .map(Results.DimensionResult::score)
        .orElse(null);
  }
}
