package org.cemtracker.transfer;

import java.util.List;
import org.cemtracker.audit.AuditTransfer.AuditData;
import org.cemtracker.campaign.CampaignTransfer.CampaignData;
import org.cemtracker.initiative.InitiativeTransfer.InitiativeData;
import org.cemtracker.organisation.OrganisationTransfer.OrganisationData;
import org.cemtracker.results.ResultsTransfer.ResultsData;

/** The export file of one organisation, in format version {@value #VERSION}. */
public record OrganisationDocument(
    String format,
    Integer formatVersion,
    String exportedAt,
    OrganisationData organisation,
    List<CampaignDocument> campaigns,
    List<InitiativeData> initiatives,
    List<AuditData> audit) {

  public static final String FORMAT = "cem-tracker-organisation";
  public static final int VERSION = 1;

  /** A campaign with its results' own data: per-cell sums and comments. */
  public record CampaignDocument(CampaignData campaign, ResultsData results) {}
}
