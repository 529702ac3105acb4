package org.cemtracker.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A client being assessed: the tenant every other record belongs to. */
@Entity
@Table(name = "organisation")
public class Organisation {

  public static final int DEFAULT_THRESHOLD = 5;
  public static final int MIN_THRESHOLD = 3;
  public static final int DEFAULT_COMMENT_THRESHOLD = 10;

  @Id private String id;
  private String name;
  private String industry;

  @Column(name = "anonymity_threshold")
  private int anonymityThreshold;

  @Column(name = "comment_threshold")
  private int commentThreshold;

  @Column(name = "retention_months")
  private Integer retentionMonths;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, String industry, int anonymityThreshold) {
    this.id = UUID.randomUUID().toString();
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    rename(name, industry);
    setThresholds(anonymityThreshold, Math.max(DEFAULT_COMMENT_THRESHOLD, anonymityThreshold));
  }

  public void rename(String name, String industry) {
    this.name = name.trim();
    this.industry = industry == null || industry.isBlank() ? null : industry.trim();
  }

  /**
   * The anonymity threshold k (groups with fewer responses are never shown; never below 3) and the
   * comment threshold c (comments show only for groups of at least c; never below k). Campaigns
   * take them when their first phase opens.
   */
  public void setThresholds(int k, int c) {
    if (k < MIN_THRESHOLD) {
      throw new IllegalArgumentException(
          "the anonymity threshold may not be below " + MIN_THRESHOLD);
    }
    if (c < k) {
      throw new IllegalArgumentException("the comment threshold may not be below k");
    }
    this.anonymityThreshold = k;
    this.commentThreshold = c;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String industry() {
    return industry;
  }

  public int anonymityThreshold() {
    return anonymityThreshold;
  }

  /**
   * Months after a campaign's close that its raw answers and comments are kept (null: for ever);
   * the released results stay, from the per-cell aggregates.
   */
  public Integer retentionMonths() {
    return retentionMonths;
  }

  public void keepRawAnswersFor(Integer months) {
    if (months != null && (months < 1 || months > 600)) {
      throw new IllegalArgumentException("retention must be 1 to 600 months, or none");
    }
    this.retentionMonths = months;
  }

  public int commentThreshold() {
    return commentThreshold;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
