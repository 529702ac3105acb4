package org.cemtracker.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cemtracker.campaign.CampaignClosing;
import org.cemtracker.campaign.CampaignFrozen;
import org.cemtracker.campaign.RawAnswersDeleted;
import org.cemtracker.campaign.ResponsesStored;
import org.cemtracker.campaign.SubmissionQueued;
import org.cemtracker.model.Tier;
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

  /**
   * Adds a stored batch to its cells: each cell locked once, in the fixed order of department and
   * tier (as the submit path locks them), and updated once with all of the batch's answers to it.
   */
  void onStored(@Observes ResponsesStored stored) {
    ScoringModel model = new ScoringModel(stored.model());
    Map<CellKey, List<ResponsesStored.Stored>> byCell = new TreeMap<>();
    for (ResponsesStored.Stored response : stored.responses()) {
      byCell
          .computeIfAbsent(
              new CellKey(response.answers().unitId(), response.answers().tier()),
              key -> new ArrayList<>())
          .add(response);
    }
    byCell.forEach(
        (key, responses) -> {
          ResultCell cell =
              cells
                  .lock(stored.campaignId(), key.departmentId(), key.tier())
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "no cell for a response of campaign " + stored.campaignId()));
          for (ResponsesStored.Stored response : responses) {
            cell.add(model, response.answers());
            response
                .comments()
                .forEach(
                    (question, text) ->
                        cells.store(
                            new ResultComment(
                                stored.campaignId(),
                                key.departmentId(),
                                key.tier(),
                                question,
                                text)));
          }
        });
  }

  private record CellKey(String departmentId, Tier tier) implements Comparable<CellKey> {
    @Override
    public int compareTo(CellKey other) {
      int byDepartment = departmentId.compareTo(other.departmentId);
      return byDepartment != 0 ? byDepartment : tier.compareTo(other.tier);
    }
  }
}
