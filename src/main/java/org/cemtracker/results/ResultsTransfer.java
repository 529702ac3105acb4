package org.cemtracker.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cemtracker.base.Problem;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.CellSums;
import org.cemtracker.scoring.ScoringModel;

/**
 * Results' part of an organisation's export: each campaign's per-cell sums (which keep the results
 * after retention deleted the raw answers) and its comments, apart from any response; and their
 * restoring. Runs in the caller's transaction; the caller checks the rights.
 */
@ApplicationScoped
public class ResultsTransfer {

  @Inject ResultCellRepository cells;

  public record CellData(String departmentKey, String tier, String sums) {}

  public record CommentData(String departmentKey, String tier, String questionId, String body) {}

  public record ResultsData(List<CellData> cells, List<CommentData> comments) {}

  public ResultsData export(String campaignId) {
    List<CellData> sums = new ArrayList<>();
    cells
        .findAllOf(campaignId)
        .forEach(c -> sums.add(new CellData(c.departmentId(), c.tierName(), c.sumsText())));
    List<CommentData> comments = new ArrayList<>();
    cells
        .comments(campaignId)
        .forEach(
            c ->
                comments.add(
                    new CommentData(c.departmentId(), c.tier().name(), c.questionId(), c.body())));
    return new ResultsData(sums, comments);
  }

  /**
   * Restores a campaign's cells and comments; every cell must read as sums of the campaign's model.
   * {@code units} are the campaign's frozen departments (new ids): each gets its cells.
   */
  public void restore(
      String at,
      String campaignId,
      MaturityModel model,
      ResultsData data,
      Map<String, String> departmentIds,
      List<String> units) {
    ScoringModel scoring = new ScoringModel(model);
    Set<String> stored = new HashSet<>();
    List<CellData> given = data == null || data.cells() == null ? List.of() : data.cells();
    for (int i = 0; i < given.size(); i++) {
      CellData c = given.get(i);
      String here = at + ".results.cells[" + i + "]";
      String department = departmentIds.get(c.departmentKey());
      Tier tier = tier(here, c.tier());
      if (department == null || !units.contains(department)) {
        throw Problem.invalid(here + ".departmentKey", "names no department of the campaign");
      }
      CellSums sums;
      try {
        sums = CellSums.decode(scoring, tier, String.valueOf(c.sums()));
      } catch (RuntimeException e) {
        throw Problem.invalid(here + ".sums", "are not sums of the campaign's model");
      }
      if (!stored.add(department + "|" + tier)) {
        throw Problem.invalid(here, "appears twice");
      }
      cells.store(new ResultCell(campaignId, department, tier, sums));
    }
    for (String unit : units) {
      for (Tier tier : Tier.values()) {
        if (stored.add(unit + "|" + tier)) {
          cells.store(new ResultCell(campaignId, unit, tier, CellSums.empty(scoring, tier)));
        }
      }
    }
    List<CommentData> comments =
        data == null || data.comments() == null ? List.of() : data.comments();
    for (int i = 0; i < comments.size(); i++) {
      CommentData c = comments.get(i);
      String here = at + ".results.comments[" + i + "]";
      String department = departmentIds.get(c.departmentKey());
      if (department == null
          || c.body() == null
          || c.body().length() > 2000
          || c.questionId() == null) {
        throw Problem.invalid(
            here,
            "needs a department of the file, a question of the model and a text of at most 2000 characters");
      }
      cells.store(
          new ResultComment(
              campaignId, department, tier(here, c.tier()), c.questionId(), c.body()));
    }
  }

  private static Tier tier(String at, String tier) {
    try {
      return Tier.valueOf(String.valueOf(tier).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problem.invalid(at + ".tier", "must be LEADERSHIP, MANAGEMENT or STAFF");
    }
  }
}
