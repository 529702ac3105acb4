package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A campaign's summary shared by link: the digest of the link's token (never the token) and the
 * snapshot of the organisation-level figures it shows.
 */
@Entity
@Table(name = "shared_summary")
public class SharedSummaryLink {

  @Id private String digest;

  @Column(name = "campaign_id")
  private String campaignId;

  @Column(name = "organisation_id")
  private String organisationId;

  private String snapshot;

  @Column(name = "shared_at")
  private OffsetDateTime sharedAt;

  protected SharedSummaryLink() {}

  SharedSummaryLink(Campaign campaign, String digest, String snapshot) {
    this.digest = digest;
    this.campaignId = campaign.id();
    this.organisationId = campaign.organisationId();
    this.snapshot = snapshot;
    this.sharedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  String snapshot() {
    return snapshot;
  }
}
