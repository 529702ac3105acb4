package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cemtracker.model.Tier;

/**
 * A single-use invitation for one respondent, bound to a department and a tier. Only the SHA-256
 * digest of its token is stored. It records that it was used and the receipt it gave, never the
 * response.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

  @Id private String id;

  @Column(name = "campaign_id")
  private String campaignId;

  @Column(name = "department_id")
  private String departmentId;

  @Enumerated(EnumType.STRING)
  private Tier tier;

  @Column(name = "token_digest")
  private String tokenDigest;

  private String email;
  private boolean used;
  private String receipt;
  private String draft;

  @Column(name = "reminder_digest")
  private String reminderDigest;

  @Column(name = "created_on")
  private LocalDate createdOn;

  protected Invitation() {}

  Invitation(String campaignId, String departmentId, Tier tier, String tokenDigest, String email) {
    this.id = UUID.randomUUID().toString();
    this.campaignId = campaignId;
    this.departmentId = departmentId;
    this.tier = tier;
    this.tokenDigest = tokenDigest;
    this.email = email;
    this.createdOn = LocalDate.now(ZoneOffset.UTC);
  }

  /** A reminder's link opens this invitation too; it replaces an earlier reminder's. */
  void remindWith(String digest) {
    this.reminderDigest = digest;
  }

  void saveDraft(String json) {
    this.draft = json;
  }

  public String id() {
    return id;
  }

  public String campaignId() {
    return campaignId;
  }

  public String departmentId() {
    return departmentId;
  }

  public Tier tier() {
    return tier;
  }

  public String email() {
    return email;
  }

  public boolean used() {
    return used;
  }

  public String receipt() {
    return receipt;
  }

  public String draft() {
    return draft;
  }
}
