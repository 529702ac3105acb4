package org.cemtracker.campaign;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a submission's transaction commits (the respondent has the receipt), counts it; once this
 * node has queued a batch for the campaign, asks the writer, off the request's thread, to move the
 * campaign's queue. Whatever a failed move, a restart or another node leaves queued goes with the
 * next batch, or at the close.
 */
@ApplicationScoped
public class QueueTrigger {

  private static final Logger LOG = Logger.getLogger(QueueTrigger.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject SubmissionWriter writer;

  private final Map<String, AtomicInteger> sinceMove = new ConcurrentHashMap<>();

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionQueued queued) {
    String campaignId = queued.campaignId();
    AtomicInteger count = sinceMove.computeIfAbsent(campaignId, id -> new AtomicInteger());
    if (count.incrementAndGet() >= writer.batch()) {
      count.set(0);
      executor.execute(
          () -> {
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
