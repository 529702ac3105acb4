package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.SurveyService.Checked;
import org.cemtracker.campaign.SurveyService.Receipt;
import org.cemtracker.campaign.SurveyService.SurveyAnswers;
import org.cemtracker.campaign.SurveyService.Written;
import org.cemtracker.model.Tier;

/**
 * Commits a group of checked submissions in one transaction (they were checked on their requests'
 * threads, so the one committer only writes): each invitation is marked used and its row queued,
 * unless another submit with the token won meanwhile; then the group's cells are locked in one
 * fixed order (so groups on several nodes cannot deadlock, and a close waits for them) and each
 * campaign's status read again. If one of them closed meanwhile, nothing of the group is kept: the
 * caller commits each alone, and the late ones are refused.
 */
@ApplicationScoped
public class GroupCommit {

  @Inject SurveyService survey;
  @Inject SubmissionQueue queue;
  @Inject CampaignRepository campaigns;
  @Inject Event<SubmissionQueued> queued;

  /** A results cell: the order in which a group locks its cells. */
  private record Cell(String campaignId, String departmentId, Tier tier) {
    static final Comparator<Cell> ORDER =
        Comparator.comparing(Cell::campaignId)
            .thenComparing(Cell::departmentId)
            .thenComparing(Cell::tier);
  }

  /** One submission to commit. */
  record Submission(String token, SurveyAnswers answers) {}

  /** What became of one: its receipt, or the problem that refused it. */
  record Outcome(Receipt receipt, RuntimeException problem) {}

  /** A campaign of a group of several closed while it was written: commit each alone. */
  static final class ClosedMeanwhile extends RuntimeException {
    ClosedMeanwhile() {
      super("a campaign closed while its submissions were written", null, false, false);
    }
  }

  /** Writes submissions checked already (none with an earlier receipt): their receipts. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Receipt> commit(List<Checked> group) {
    return write(group);
  }

  /**
   * Checks and writes in the caller's transaction, a bad one refused alone: for the seeding of the
   * demo and the benchmark.
   */
  @Transactional(TxType.MANDATORY)
  public List<Outcome> commitWithin(List<Submission> group) {
    Outcome[] outcomes = new Outcome[group.size()];
    List<Checked> toWrite = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      Submission submission = group.get(i);
      try {
        Checked checked = survey.check(submission.token(), submission.answers());
        if (checked.earlier() != null) {
          outcomes[i] = new Outcome(checked.earlier(), null);
        } else {
          toWrite.add(checked);
          positions.add(i);
        }
      } catch (Problem problem) {
        outcomes[i] = new Outcome(null, problem);
      }
    }
    List<Receipt> receipts = write(toWrite);
    for (int w = 0; w < receipts.size(); w++) {
      outcomes[positions.get(w)] = new Outcome(receipts.get(w), null);
    }
    return List.of(outcomes);
  }

  private List<Receipt> write(List<Checked> group) {
    List<QueuedSubmission> rows = new ArrayList<>();
    List<Receipt> receipts = new ArrayList<>();
    for (Written written : survey.write(group)) {
      receipts.add(written.receipt());
      if (written.row() != null) {
        rows.add(written.row());
      }
    }
    // the rows first (their foreign keys share-lock the campaigns), then the cells, in order
    queue.storeAll(rows);
    Map<Cell, Integer> cells = new TreeMap<>(Cell.ORDER);
    for (QueuedSubmission row : rows) {
      cells.merge(new Cell(row.campaignId(), row.departmentId(), row.tier()), 1, Integer::sum);
    }
    Set<String> campaignIds = new LinkedHashSet<>();
    cells.forEach(
        (cell, count) -> {
          // each cell once, in order: a group is mostly one department's submissions
          queued.fire(
              new SubmissionQueued(cell.campaignId(), cell.departmentId(), cell.tier(), count));
          campaignIds.add(cell.campaignId());
        });
    // the cells are held now: a close that began meanwhile is seen here, and these submissions
    // are refused rather than added to results already released
    for (String campaignId : campaignIds) {
      if (campaigns.currentStatus(campaignId).orElse(null) != CampaignStatus.OPEN) {
        if (group.size() == 1) {
          throw Problem.conflict(SurveyService.CLOSED);
        }
        throw new ClosedMeanwhile();
      }
    }
    return receipts;
  }
}
