package org.cemtracker.campaign;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

  /** A move begins at most this often per campaign and node, so that batches grow with load. */
  static final long MIN_INTERVAL_NANOS = 1_000_000_000L;

  @Resource ManagedScheduledExecutorService executor;
  @Inject SubmissionWriter writer;

  /** Per campaign: submissions this node queued since its last move began, and whether one runs. */
  private static final class Pending {
    final AtomicInteger since = new AtomicInteger();
    final AtomicBoolean moving = new AtomicBoolean();
    volatile long lastStart = System.nanoTime() - MIN_INTERVAL_NANOS;
  }

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionQueued queued) {
    Pending campaign = pending.computeIfAbsent(queued.campaignId(), id -> new Pending());
    campaign.since.addAndGet(queued.submissions());
    moveIfDue(queued.campaignId(), campaign);
  }

  /**
   * One move at a time per campaign, and at most one a second: what queues meanwhile goes with the
   * next, which is scheduled as soon as a batch is there. Under load the batches grow with the
   * load, so that fewer, larger transactions write the responses (each transaction costs H2 a chunk
   * of its file and PostgreSQL a round of locks).
   */
  private void moveIfDue(String campaignId, Pending campaign) {
    if (campaign.since.get() < writer.batch() || !campaign.moving.compareAndSet(false, true)) {
      return;
    }
    long wait = Math.max(0, campaign.lastStart + MIN_INTERVAL_NANOS - System.nanoTime());
    executor.schedule(
        () -> {
          campaign.lastStart = System.nanoTime();
          campaign.since.set(0);
          try {
            writer.moveIfFull(campaignId);
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "Queued submissions of campaign {0} stay queued for now: {1}",
                new Object[] {campaignId, e.getMessage()});
          } finally {
            campaign.moving.set(false);
            moveIfDue(campaignId, campaign);
          }
        },
        wait,
        TimeUnit.NANOSECONDS);
  }
}
