package org.cemtracker.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The consultant's rating of one subject of a campaign — a dimension, on the model's scale, or the
 * stage the organisation is at — with its evidence, and who rated it when.
 */
@Entity
@Table(name = "consultant_rating")
@IdClass(ConsultantRating.Key.class)
public class ConsultantRating {

  /** The subject of the organisation's stage; a dimension's is {@code dimension:<id>}. */
  static final String STAGE = "stage";

  /** The composite key: campaign and subject. */
  public static class Key implements Serializable {
    private String campaignId;
    private String subject;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(campaignId, k.campaignId)
          && Objects.equals(subject, k.subject);
    }

    @Override
    public int hashCode() {
      return Objects.hash(campaignId, subject);
    }
  }

  @Id
  @Column(name = "campaign_id")
  private String campaignId;

  @Id private String subject;

  private int level;

  private String note;

  /** The evidence's links, as JSON ({@link EvidenceLinks}). */
  private String links;

  @Column(name = "rated_at")
  private OffsetDateTime ratedAt;

  @Column(name = "rated_by_name")
  private String ratedByName;

  @Column(name = "rated_by_email")
  private String ratedByEmail;

  @Version private int version;

  protected ConsultantRating() {}

  ConsultantRating(String campaignId, String subject) {
    this.campaignId = campaignId;
    this.subject = subject;
  }

  static String dimension(String dimensionId) {
    return "dimension:" + dimensionId;
  }

  void rate(int level, String note, String links, String byName, String byEmail) {
    this.level = level;
    this.note = note;
    this.links = links;
    this.ratedByName = byName;
    this.ratedByEmail = byEmail;
    this.ratedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String subject() {
    return subject;
  }

  public int level() {
    return level;
  }

  public String note() {
    return note;
  }

  String links() {
    return links;
  }

  public OffsetDateTime ratedAt() {
    return ratedAt;
  }

  public String ratedByName() {
    return ratedByName;
  }

  public String ratedByEmail() {
    return ratedByEmail;
  }

  public int version() {
    return version;
  }
}
