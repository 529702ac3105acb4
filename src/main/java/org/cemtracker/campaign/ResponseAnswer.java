package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One answer of a response: a level of the scale, or null for "don't know". */
@Entity
@Table(name = "response_answer")
@IdClass(ResponseAnswer.Key.class)
public class ResponseAnswer {

  @Id
  @Column(name = "response_id")
  private String responseId;

  @Id
  @Column(name = "question_id")
  private String questionId;

  private Integer answer;

  protected ResponseAnswer() {}

  ResponseAnswer(String responseId, String questionId, Integer answer) {
    this.responseId = responseId;
    this.questionId = questionId;
    this.answer = answer;
  }

  public String responseId() {
    return responseId;
  }

  public String questionId() {
    return questionId;
  }

  public Integer answer() {
    return answer;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String responseId;
    private String questionId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(responseId, k.responseId)
          && Objects.equals(questionId, k.questionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(responseId, questionId);
    }
  }
}
