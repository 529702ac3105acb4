package org.cemtracker.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.ScoringEngine;

/** The results of campaigns the caller may see, computed by the one scoring engine. */
@ApplicationScoped
@Transactional
public class ResultsService {

  @Inject CampaignService campaigns;

  /**
   * Results by fingerprint (campaign, response count, department tree, threshold): a view reads a
   * count and the tree instead of every answer, and nothing stale can be served — a new response or
   * a changed tree makes a new key, on every node.
   */
  private final com.github.benmanes.caffeine.cache.Cache<String, Results> computed =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
          .maximumSize(500)
          .expireAfterAccess(java.time.Duration.ofHours(2))
          .build();

  /** A campaign's results with its identity. */
  public record CampaignResults(Campaign campaign, Results results) {}

  /** One point of an organisation's trend. */
  public record TrendPoint(Campaign campaign, Results results) {}

  public CampaignResults results(String campaignId) {
    CampaignService.Fingerprint fingerprint = campaigns.fingerprint(campaignId);
    Results results = computed.get(fingerprint.key(), k -> compute(campaignId));
    return new CampaignResults(fingerprint.campaign(), results);
  }

  private final com.github.benmanes.caffeine.cache.Cache<
          String, List<org.cemtracker.scoring.InstrumentQuality.DimensionQuality>>
      instruments =
          com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(200).build();

  /** Cronbach's alpha and item fits per dimension and tier, from 30 complete respondents. */
  public List<org.cemtracker.scoring.InstrumentQuality.DimensionQuality> instrument(
      String campaignId) {
    return instruments.get(
        campaigns.fingerprint(campaignId).key(),
        k -> {
          CampaignService.Scorable scorable = campaigns.scorable(campaignId);
          return org.cemtracker.scoring.InstrumentQuality.of(
              scorable.campaign().model(), scorable.answers());
        });
  }

  private Results compute(String campaignId) {
    CampaignService.Scorable scorable = campaigns.scorable(campaignId);
    return ScoringEngine.score(
        scorable.campaign().model(),
        scorable.units(),
        scorable.answers(),
        scorable.organisation().anonymityThreshold());
  }

  /**
   * The change from the previous campaign in an organisation's trend to this one, if there is one.
   */
  public static java.util.Optional<org.cemtracker.scoring.WaveDelta> deltaToPrevious(
      List<TrendPoint> trend, String campaignId) {
    TrendPoint previous = null;
    for (TrendPoint point : trend) {
      if (point.campaign().id().equals(campaignId)) {
        return previous == null
            ? java.util.Optional.empty()
            : java.util.Optional.of(
                org.cemtracker.scoring.WaveDelta.between(previous.results(), point.results()));
      }
      previous = point;
    }
    return java.util.Optional.empty();
  }

  /** An organisation in the consultant's portfolio. */
  public record PortfolioEntry(
      org.cemtracker.organisation.Organisation organisation,
      List<TrendPoint> trend,
      List<Campaign> openCampaigns) {

    /** The newest campaign with a CEM index, if any. */
    public java.util.Optional<TrendPoint> latest() {
      TrendPoint latest = null;
      for (TrendPoint point : trend) {
        if (point.results().cemIndex() != null) {
          latest = point;
        }
      }
      return java.util.Optional.ofNullable(latest);
    }
  }

  /** Every organisation the caller may see, with its trend and open campaigns. */
  public List<PortfolioEntry> portfolio() {
    List<PortfolioEntry> entries = new ArrayList<>();
    for (org.cemtracker.organisation.Organisation organisation : campaigns.organisations()) {
      List<TrendPoint> trend = trend(organisation.id());
      List<Campaign> open =
          trend.stream()
              .map(TrendPoint::campaign)
              .filter(c -> c.status() == org.cemtracker.campaign.CampaignStatus.OPEN)
              .toList();
      entries.add(new PortfolioEntry(organisation, trend, open));
    }
    return entries;
  }

  /** Every campaign of the organisation, oldest first, with its results. */
  public List<TrendPoint> trend(String organisationId) {
    List<TrendPoint> points = new ArrayList<>();
    for (Campaign campaign : campaigns.list(organisationId)) {
      points.add(new TrendPoint(campaign, results(campaign.id()).results()));
    }
    points.sort(Comparator.comparing(p -> p.campaign().createdAt()));
    return points;
  }
}
