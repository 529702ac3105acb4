package org.cemtracker.campaign;

import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Answers;

/**
 * Fired as the queue's writer stores a response ({@link SubmissionWriter}), in its transaction,
 * among the others of its shuffled batch: the answers and comments of one response (comments by
 * question id), for whoever keeps aggregates of them (results). It carries no invitation, no
 * receipt, no time: nothing an observer could pair with a respondent.
 */
public record ResponseSubmitted(
    String campaignId, MaturityModel model, Answers answers, Map<String, String> comments) {

  public ResponseSubmitted {
    comments = Map.copyOf(comments);
  }
}
