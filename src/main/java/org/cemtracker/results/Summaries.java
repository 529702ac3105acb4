package org.cemtracker.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.SummarySharing;
import org.cemtracker.results.ResultsService.CampaignResults;

/**
 * Shares a published campaign's summary with everyone in the organisation, and reads it back by its
 * link: the snapshot is taken from the results as the sharer reads them.
 */
@ApplicationScoped
@Transactional
public class Summaries {

  @Inject ResultsService results;
  @Inject CampaignService campaigns;
  @Inject SummarySharing sharing;

  /** Whether the caller may share the campaign's summary. */
  public boolean mayShare(String campaignId) {
    return sharing.mayShare(campaignId);
  }

  /** Shares the summary as the figures stand now; answers the link (an earlier one stops). */
  public String share(String campaignId, String baseUrl) {
    CampaignResults found = results.results(campaignId);
    if (found.results().hidden()) {
      throw Problem.conflict(
          "Nothing can be shared: every response is in a group too small to show");
    }
    String organisation = campaigns.organisationOf(found.campaign()).name();
    SharedSummary summary = SharedSummary.of(organisation, found.campaign(), found.results());
    return sharing.share(campaignId, summary.toJson(), baseUrl);
  }

  /** Whether a summary of the campaign is shared now. */
  public boolean shares(String campaignId) {
    return sharing.shares(campaignId);
  }

  public void stop(String campaignId) {
    sharing.stop(campaignId);
  }

  /** The summary a link shows, while it is shared. */
  public Optional<SharedSummary> read(String token) {
    return sharing.snapshot(token).map(SharedSummary::fromJson);
  }
}
