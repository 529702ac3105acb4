package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cemtracker.base.Problem;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelJson;
import org.cemtracker.model.SnapshotCache;
import org.cemtracker.model.Tier;

/**
 * One run of one maturity model in one organisation. It keeps a snapshot of the exact model version
 * it runs. Its phases open top-down — leadership, then management, then staff — and stay open until
 * the campaign closes.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

  /** The response-rate target when the campaign sets none (issue 16): 75 % of the invitations. */
  public static final int DEFAULT_TARGET = 75;

  @Id private String id;

  @Column(name = "organisation_id")
  private String organisationId;

  private String name;

  @Column(name = "model_id")
  private String modelId;

  @Column(name = "model_version")
  private String modelVersion;

  @Column(name = "model_snapshot")
  private String modelSnapshot;

  @Enumerated(EnumType.STRING)
  private CampaignStatus status;

  @Column(name = "leadership_opened_at")
  private OffsetDateTime leadershipOpenedAt;

  @Column(name = "management_opened_at")
  private OffsetDateTime managementOpenedAt;

  @Column(name = "staff_opened_at")
  private OffsetDateTime staffOpenedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "raw_deleted_at")
  private OffsetDateTime rawDeletedAt;

  @Column(name = "open_link_digest")
  private String openLinkDigest;

  @Column(name = "anonymity_threshold")
  private Integer anonymityThreshold;

  @Column(name = "comment_threshold")
  private Integer commentThreshold;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "response_target")
  private Integer responseTarget;

  @Version private long version;

  protected Campaign() {}

  public Campaign(String organisationId, String name, MaturityModel model) {
    this.id = UUID.randomUUID().toString();
    this.organisationId = organisationId;
    this.name = name.trim();
    this.modelId = model.id();
    this.modelVersion = model.version();
    this.modelSnapshot = ModelJson.write(model);
    this.status = CampaignStatus.DRAFT;
    this.createdAt = now();
  }

  /** A campaign as another instance exported it, under a new id (for an organisation's import). */
  static Campaign restore(String organisationId, Restored r) {
    Campaign c = new Campaign();
    c.id = UUID.randomUUID().toString();
    c.organisationId = organisationId;
    c.name = r.name().trim();
    c.modelId = r.modelId();
    c.modelVersion = r.modelVersion();
    c.modelSnapshot = r.modelSnapshot();
    c.status = r.status();
    c.createdAt = r.createdAt();
    c.leadershipOpenedAt = r.leadershipOpenedAt();
    c.managementOpenedAt = r.managementOpenedAt();
    c.staffOpenedAt = r.staffOpenedAt();
    c.closedAt = r.closedAt();
    c.publishedAt = r.publishedAt();
    c.rawDeletedAt = r.rawDeletedAt();
    c.anonymityThreshold = r.anonymityThreshold();
    c.commentThreshold = r.commentThreshold();
    return c;
  }

  /** What restoring a campaign takes. */
  record Restored(
      String name,
      String modelId,
      String modelVersion,
      String modelSnapshot,
      CampaignStatus status,
      OffsetDateTime createdAt,
      OffsetDateTime leadershipOpenedAt,
      OffsetDateTime managementOpenedAt,
      OffsetDateTime staffOpenedAt,
      OffsetDateTime closedAt,
      OffsetDateTime publishedAt,
      OffsetDateTime rawDeletedAt,
      Integer anonymityThreshold,
      Integer commentThreshold) {}

  String modelSnapshot() {
    return modelSnapshot;
  }

  /**
   * Dates a finished campaign back, for seeded demo data that spans a year: its phases opened
   * {@code openedDaysAgo} days ago and it closed (and was published) {@code closedDaysAgo} days
   * ago.
   */
  void backdate(int openedDaysAgo, int closedDaysAgo) {
    OffsetDateTime opened = now().minusDays(openedDaysAgo);
    OffsetDateTime closed = now().minusDays(closedDaysAgo);
    createdAt = opened.minusDays(1);
    leadershipOpenedAt = opened;
    managementOpenedAt = opened.plusDays(2);
    staffOpenedAt = opened.plusDays(4);
    closedAt = closed;
    publishedAt = publishedAt == null ? null : closed.plusDays(1);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Opens a tier's phase; a lower tier opens only after the one above it was opened. The first
   * opening freezes the organisation's thresholds k and c into the campaign (DESIGN §4 rule 12):
   * later changes apply to later campaigns. Returns whether this opening froze them.
   */
  public boolean open(Tier tier, int anonymityThreshold, int commentThreshold) {
    if (status == CampaignStatus.CLOSED || status == CampaignStatus.PUBLISHED) {
      throw Problem.conflict(
          "The campaign is " + status.name().toLowerCase() + ": no phase can open");
    }
    if (tier != Tier.LEADERSHIP && openedAt(Tier.values()[tier.ordinal() - 1]) == null) {
      throw Problem.conflict(
          "Phases open top-down: open " + Tier.values()[tier.ordinal() - 1] + " before " + tier);
    }
    boolean freezing = !isFrozen();
    if (freezing) {
      if (anonymityThreshold < 3 || commentThreshold < anonymityThreshold) {
        throw new IllegalArgumentException(
            "thresholds k = " + anonymityThreshold + ", c = " + commentThreshold + " are invalid");
      }
      this.anonymityThreshold = anonymityThreshold;
      this.commentThreshold = commentThreshold;
    }
    if (openedAt(tier) == null) {
      switch (tier) {
        case LEADERSHIP -> leadershipOpenedAt = now();
        case MANAGEMENT -> managementOpenedAt = now();
        case STAFF -> staffOpenedAt = now();
      }
    }
    status = CampaignStatus.OPEN;
    return freezing;
  }

  /** Whether k, c and the department tree are frozen: from the first phase's opening on. */
  public boolean isFrozen() {
    return anonymityThreshold != null;
  }

  /** The frozen anonymity threshold k, or null before the first phase opens. */
  public Integer anonymityThreshold() {
    return anonymityThreshold;
  }

  /** The frozen comment threshold c, or null before the first phase opens. */
  public Integer commentThreshold() {
    return commentThreshold;
  }

  /** Closes every phase, for good: a closed campaign never reopens (DESIGN §4 rule 12). */
  public void close() {
    if (status == CampaignStatus.CLOSED || status == CampaignStatus.PUBLISHED) {
      throw Problem.conflict("The campaign is already " + status.name().toLowerCase());
    }
    status = CampaignStatus.CLOSED;
    closedAt = now();
  }

  public void publish() {
    if (status != CampaignStatus.CLOSED) {
      throw Problem.conflict(
          "Only a closed campaign can be published; it is " + status.name().toLowerCase());
    }
    status = CampaignStatus.PUBLISHED;
    publishedAt = now();
  }

  /** Whether respondents of this tier may answer now. */
  public boolean accepts(Tier tier) {
    return status == CampaignStatus.OPEN && openedAt(tier) != null;
  }

  public boolean isFinished() {
    return status == CampaignStatus.CLOSED || status == CampaignStatus.PUBLISHED;
  }

  public OffsetDateTime openedAt(Tier tier) {
    return switch (tier) {
      case LEADERSHIP -> leadershipOpenedAt;
      case MANAGEMENT -> managementOpenedAt;
      case STAFF -> staffOpenedAt;
    };
  }

  void replaceOpenLink(String digest) {
    this.openLinkDigest = digest;
  }

  public MaturityModel model() {
    return SnapshotCache.read(modelSnapshot);
  }

  public String id() {
    return id;
  }

  public String organisationId() {
    return organisationId;
  }

  public String name() {
    return name;
  }

  public String modelId() {
    return modelId;
  }

  public String modelVersion() {
    return modelVersion;
  }

  public CampaignStatus status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime closedAt() {
    return closedAt;
  }

  /** When retention deleted the raw answers and comments, or null. */
  public OffsetDateTime rawDeletedAt() {
    return rawDeletedAt;
  }

  void rawAnswersDeleted(OffsetDateTime when) {
    this.rawDeletedAt = when;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public boolean hasOpenLink() {
    return openLinkDigest != null;
  }

  /** The response-rate target in percent of the invitations: the campaign's own, else 75. */
  public int responseTarget() {
    return responseTarget == null ? DEFAULT_TARGET : responseTarget;
  }

  void setResponseTarget(int percent) {
    this.responseTarget = percent;
  }

  public long version() {
    return version;
  }
}
