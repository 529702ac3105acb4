package org.cemtracker.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cemtracker.campaign.CampaignClosing;
import org.cemtracker.campaign.CampaignFrozen;
import org.cemtracker.campaign.RawAnswersDeleted;
import org.cemtracker.campaign.ResponseSubmitted;
import org.cemtracker.campaign.SubmissionQueued;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Answers;
import org.cemtracker.scoring.CellSums;
import org.cemtracker.scoring.ScoringModel;
import org.cemtracker.scoring.Unit;

/**
 * Keeps the per-cell aggregates up to date, in the transactions of the campaign feature: the cells
 * are created when a campaign's tree is frozen, and each response the queue's writer stores adds to
 * its cell (locked, so concurrent writers add up) and stores its comments apart from it.
 */
@ApplicationScoped
public class Aggregates {

  @Inject ResultCellRepository cells;

  void onFrozen(@Observes CampaignFrozen frozen) {
    ScoringModel model = new ScoringModel(frozen.model());
    for (Unit unit : frozen.units()) {
      for (Tier tier : Tier.values()) {
        cells.store(
            new ResultCell(frozen.campaignId(), unit.id(), tier, CellSums.empty(model, tier)));
      }
    }
  }

  /** Locks every cell of the closing campaign: submissions in flight finish first. */
  void onClosing(@Observes CampaignClosing closing) {
    cells.lockAll(closing.campaignId());
  }

  /** Retention: the comments go with the raw answers; the cells, and so the results, stay. */
  void onRawAnswersDeleted(@Observes RawAnswersDeleted deleted) {
    cells.deleteComments(deleted.campaignId());
  }

  /**
   * Locks the cell a submission was queued for, until its transaction ends: a close, which locks
   * every cell, either waits for this submission (and moves it with the rest) or comes first, and
   * the submission, seeing the campaign closed, is refused.
   */
  void onQueued(@Observes SubmissionQueued queued) {
    cells
        .lock(queued.campaignId(), queued.departmentId(), queued.tier())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no cell for a submission to campaign " + queued.campaignId()));
  }

  void onSubmitted(@Observes ResponseSubmitted submitted) {
    Answers answers = submitted.answers();
    ScoringModel model = new ScoringModel(submitted.model());
    ResultCell cell =
        cells
            .lock(submitted.campaignId(), answers.unitId(), answers.tier())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no cell for a response of campaign " + submitted.campaignId()));
    cell.add(model, answers);
    submitted
        .comments()
        .forEach(
            (question, text) ->
                cells.store(
                    new ResultComment(
                        submitted.campaignId(), answers.unitId(), answers.tier(), question, text)));
  }
}
