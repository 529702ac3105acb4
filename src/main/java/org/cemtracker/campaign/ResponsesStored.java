package org.cemtracker.campaign;

import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Answers;

/**
 * Fired as the queue's writer stores a shuffled batch of responses ({@link SubmissionWriter}), in
 * its transaction: the answers and comments of each (comments by question id), in the batch's
 * random order, for whoever keeps aggregates of them (results). It carries no invitation, no
 * receipt, no time: nothing an observer could pair with a respondent.
 */
public record ResponsesStored(String campaignId, MaturityModel model, List<Stored> responses) {

  /** One response of the batch. */
  public record Stored(Answers answers, Map<String, String> comments) {
    public Stored {
      comments = Map.copyOf(comments);
    }
  }

  public ResponsesStored {
    responses = List.copyOf(responses);
  }
}
