package org.cemtracker.campaign;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a submission's transaction commits (the respondent has the receipt), asks the writer, off
 * the request's thread, whether the campaign's queue holds a batch to move. One request per
 * campaign waits at a time; whatever a failed move leaves stays queued for the next one, or the
 * close.
 */
@ApplicationScoped
public class QueueTrigger {

  private static final Logger LOG = Logger.getLogger(QueueTrigger.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject SubmissionWriter writer;

  private final Set<String> waiting = ConcurrentHashMap.newKeySet();

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionQueued queued) {
    String campaignId = queued.campaignId();
    if (waiting.add(campaignId)) {
      executor.execute(
          () -> {
            waiting.remove(campaignId);
            try {
              writer.moveIfFull(campaignId);
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING,
                  "Queued submissions of campaign {0} stay queued for now: {1}",
                  new Object[] {campaignId, e.getMessage()});
            }
          });
    }
  }
}
