package org.cemtracker.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** That a campaign's review is published to the organisation's leaders: when, and by whom. */
@Entity
@Table(name = "review_publication")
public class ReviewPublication {

  @Id
  @Column(name = "campaign_id")
  private String campaignId;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  protected ReviewPublication() {}

  ReviewPublication(String campaignId, String publishedBy) {
    this.campaignId = campaignId;
    this.publishedBy = publishedBy;
    this.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }
}
