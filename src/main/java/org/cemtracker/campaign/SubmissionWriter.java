package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.base.Settings;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Answers;

/**
 * Moves queued submissions into the response tables, in transactions of their own and in shuffled
 * batches: each response and its answers are written under a new id, in an order drawn at random,
 * together with at least a batch of others (or, at the close, all that remain), and the queued rows
 * are deleted in the same transaction — so every submission is stored exactly once, and the
 * transaction, row ids and storage order of a response tell nothing of which invitation's
 * transaction queued it. The campaign's row lock makes writers on several nodes, and a close, take
 * turns.
 */
@ApplicationScoped
public class SubmissionWriter {

  /** The fewest submissions moved together while a campaign is open (cem.submit.batch). */
  static final int DEFAULT_BATCH = 20;

  private static final SecureRandom SHUFFLE = new SecureRandom();

  @Inject CampaignRepository campaigns;
  @Inject SubmissionQueue queue;
  @Inject ResponseRepository responses;
  @Inject Event<ResponsesStored> submitted;

  private final int batch =
      Settings.fromSystem()
          .get("cem.submit.batch")
          .map(Integer::parseInt)
          .filter(n -> n >= 1)
          .orElse(DEFAULT_BATCH);

  /** The fewest submissions moved together while a campaign is open. */
  public int batch() {
    return batch;
  }

  /** Moves the campaign's queue if it holds a batch and the campaign is open; how many moved. */
  @Transactional(TxType.REQUIRES_NEW)
  public int moveIfFull(String campaignId) {
    if (queue.size(campaignId) < batch) {
      return 0;
    }
    Campaign campaign = campaigns.lock(campaignId).orElse(null);
    if (campaign == null || campaign.status() != CampaignStatus.OPEN) {
      return 0;
    }
    List<QueuedSubmission> queued = queue.all(campaignId);
    return queued.size() < batch ? 0 : move(campaign, queued);
  }

  /**
   * Moves all that is queued for the campaign, in the caller's transaction, taking the campaign's
   * lock if the caller has not (a close takes it first, before the cells): at the close, and before
   * an export.
   */
  @Transactional(TxType.MANDATORY)
  public int moveAll(Campaign campaign) {
    campaigns.lock(campaign.id());
    List<QueuedSubmission> queued = queue.all(campaign.id());
    return queued.isEmpty() ? 0 : move(campaign, queued);
  }

  private int move(Campaign campaign, List<QueuedSubmission> queued) {
    List<QueuedSubmission> order = new ArrayList<>(queued);
    Collections.shuffle(order, SHUFFLE);
    MaturityModel model = campaign.model();
    List<Response> stored = new ArrayList<>();
    List<ResponseAnswer> rows = new ArrayList<>();
    List<ResponsesStored.Stored> batch = new ArrayList<>();
    for (QueuedSubmission q : order) {
      QueuedSubmission.Content content = q.content();
      Response response = new Response(campaign.id(), q.departmentId(), q.tier(), q.submittedOn());
      stored.add(response);
      Map<String, Integer> levels = new LinkedHashMap<>();
      content
          .answers()
          .forEach(
              (question, level) -> {
                rows.add(new ResponseAnswer(response.id(), question, level));
                if (level != null) {
                  levels.put(question, level);
                }
              });
      batch.add(
          new ResponsesStored.Stored(
              new Answers(q.departmentId(), q.tier(), levels), content.comments()));
    }
    submitted.fire(new ResponsesStored(campaign.id(), model, batch));
    responses.storeAll(stored, rows);
    queue.delete(queued);
    return queued.size();
  }
}
