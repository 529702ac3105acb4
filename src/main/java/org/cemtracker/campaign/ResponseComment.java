package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An optional comment on one question of a response. */
@Entity
@Table(name = "response_comment")
@IdClass(ResponseAnswer.Key.class)
public class ResponseComment {

  @Id
  @Column(name = "response_id")
  private String responseId;

  @Id
  @Column(name = "question_id")
  private String questionId;

  private String body;

  protected ResponseComment() {}

  ResponseComment(String responseId, String questionId, String body) {
    this.responseId = responseId;
    this.questionId = questionId;
    this.body = body;
  }

  public String questionId() {
    return questionId;
  }

  public String body() {
    return body;
  }
}
