package org.cemtracker.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.cemtracker.model.Tier;

/**
 * A comment as results keep it: the cell it came from and the question it was written on, apart
 * from any response, so it never sits beside its respondent's other answers (DESIGN §4 rule 15).
 */
@Entity
@Table(name = "result_comment")
public class ResultComment {

  @Id private String id;

  @Column(name = "campaign_id")
  private String campaignId;

  @Column(name = "department_id")
  private String departmentId;

  private String tier;

  @Column(name = "question_id")
  private String questionId;

  private String body;

  protected ResultComment() {}

  ResultComment(String campaignId, String departmentId, Tier tier, String questionId, String body) {
    this.id = UUID.randomUUID().toString();
    this.campaignId = campaignId;
    this.departmentId = departmentId;
    this.tier = tier.name();
    this.questionId = questionId;
    this.body = body;
  }

  String departmentId() {
    return departmentId;
  }

  Tier tier() {
    return Tier.valueOf(tier);
  }

  String questionId() {
    return questionId;
  }

  String body() {
    return body;
  }
}
