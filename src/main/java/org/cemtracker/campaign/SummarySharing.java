package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.cemtracker.account.Secrets;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Role;

/**
 * A campaign's read-only summary shared by link with everyone in the organisation (issue 15): a
 * leader, a consultant or an administrator shares it once the results are published, and may stop
 * sharing it; the link shows the snapshot of organisation-level figures taken then, to anyone who
 * has it, without signing in. Only the token's digest is stored, as for invitations.
 */
@ApplicationScoped
@Transactional
public class SummarySharing {

  private static final Set<Role> SHARERS = Set.of(Role.LEADER, Role.CONSULTANT);

  @Inject CampaignService campaigns;
  @Inject SharedSummaryRepository repository;
  @Inject Access access;
  @Inject AuditLog audit;

  /** Whether the caller may share the campaign's summary (it must be visible to them). */
  public boolean mayShare(String campaignId) {
    return mayShare(campaigns.get(campaignId));
  }

  private boolean mayShare(Campaign campaign) {
    return access.isAdmin()
        || access.roles(campaign.organisationId()).stream().anyMatch(SHARERS::contains);
  }

  /** Whether a summary of the campaign is shared now. */
  public boolean shares(String campaignId) {
    return repository.shared(campaigns.get(campaignId));
  }

  /** Shares the summary under a new link (an earlier one stops working); answers the link. */
  public String share(String campaignId, String snapshot, String baseUrl) {
    Campaign campaign = sharer(campaignId);
    if (campaign.status() != CampaignStatus.PUBLISHED) {
      throw Problem.conflict("A summary can be shared once the results are published");
    }
    String token = Secrets.random(32);
    repository.replace(campaign, new SharedSummaryLink(campaign, Secrets.sha256(token), snapshot));
    audit.record(
        campaign.organisationId(),
        "SUMMARY_SHARED",
        "campaign",
        campaign.id(),
        campaign.name(),
        new Changes().set("summaryLink", "new (an earlier one stops working)"));
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/summary/" + token;
  }

  /** Stops sharing: the link shows nothing from now on. */
  public void stop(String campaignId) {
    Campaign campaign = sharer(campaignId);
    if (repository.remove(campaign)) {
      audit.record(
          campaign.organisationId(),
          "SUMMARY_UNSHARED",
          "campaign",
          campaign.id(),
          campaign.name(),
          new Changes().set("summaryLink", "stopped"));
    }
  }

  /** The snapshot a link shows, while it is shared. */
  public Optional<String> snapshot(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return repository.byDigest(Secrets.sha256(token)).map(SharedSummaryLink::snapshot);
  }

  private Campaign sharer(String campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    if (!mayShare(campaign)) {
      throw Problem.forbidden(
          "Only the organisation's leaders and consultants and administrators may share a summary");
    }
    return campaign;
  }
}
