package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cemtracker.model.Tier;

/**
 * One respondent's answers, stored apart from any invitation or identity: where (department), at
 * which tier, and on which day — no finer time, no address, no link back.
 */
@Entity
@Table(name = "response")
public class Response {

  @Id private String id;

  @Column(name = "campaign_id")
  private String campaignId;

  @Column(name = "department_id")
  private String departmentId;

  @Enumerated(EnumType.STRING)
  private Tier tier;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  protected Response() {}

  Response(String campaignId, String departmentId, Tier tier) {
    this.id = GrowingIds.next();
    this.campaignId = campaignId;
    this.departmentId = departmentId;
    this.tier = tier;
    this.submittedOn = LocalDate.now(ZoneOffset.UTC);
  }

  /** A response as another instance exported it, on its day, under a new id. */
  Response(String campaignId, String departmentId, Tier tier, LocalDate submittedOn) {
    this(campaignId, departmentId, tier);
    this.submittedOn = submittedOn;
  }

  public LocalDate submittedOn() {
    return submittedOn;
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
}
