package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A step of a campaign's plan: due at a moment, done once (by whichever node claims it first), with
 * what came of it in words — never a count of who answered.
 */
@Entity
@Table(name = "campaign_step")
public class CampaignStep {

  @Id private String id;

  @Column(name = "campaign_id")
  private String campaignId;

  @Enumerated(EnumType.STRING)
  private StepKind kind;

  @Column(name = "due_at")
  private OffsetDateTime dueAt;

  @Column(name = "done_at")
  private OffsetDateTime doneAt;

  private String outcome;

  @Column(name = "link_base")
  private String linkBase;

  private int attempts;

  protected CampaignStep() {}

  CampaignStep(String campaignId, StepKind kind, OffsetDateTime dueAt, String linkBase) {
    this.id = UUID.randomUUID().toString();
    this.campaignId = campaignId;
    this.kind = kind;
    this.dueAt = dueAt;
    this.linkBase = linkBase;
  }

  void done(String outcome) {
    this.outcome = outcome.length() > 400 ? outcome.substring(0, 400) : outcome;
  }

  /**
   * Records a failed attempt: the step is to do again (a claimed one is given back), to be tried on
   * the next run, until the last attempt, which marks it done as failed. Whether it is done now.
   */
  boolean failed(String reason, OffsetDateTime at, int limit) {
    attempts++;
    if (attempts >= limit) {
      doneAt = doneAt == null ? at : doneAt;
      done("failed " + attempts + " times, not tried again: " + reason);
      return true;
    }
    done(
        "attempt "
            + attempts
            + " of "
            + limit
            + " failed, tried again on the next minute: "
            + reason);
    doneAt = null;
    return false;
  }

  public String id() {
    return id;
  }

  public String campaignId() {
    return campaignId;
  }

  public StepKind kind() {
    return kind;
  }

  public OffsetDateTime dueAt() {
    return dueAt;
  }

  public OffsetDateTime doneAt() {
    return doneAt;
  }

  /** Where a reminder's links point: the app's public address when the plan was saved. */
  String linkBase() {
    return linkBase;
  }

  public String outcome() {
    return outcome;
  }
}
