package org.cemtracker.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Cell;
import org.cemtracker.scoring.Cells;
import org.cemtracker.scoring.ScoringModel;

/**
 * A campaign's cell sums recomputed from its raw answers, in plain JDBC: two streamed reads (the
 * responses, then their given answers) and one pass. It is what the backfill migration runs, and
 * what the benchmark compares with a hand-written {@code GROUP BY}; the app's reads never need it.
 */
public final class CellRecompute {

  private CellRecompute() {}

  public static Cells of(Connection connection, String campaignId, ScoringModel model)
      throws SQLException {
    Map<String, Integer> ids = new HashMap<>();
    List<Cell> cells = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, department_id, tier FROM response WHERE campaign_id = ?")) {
      select.setString(1, campaignId);
      select.setFetchSize(1000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getString(1), cells.size());
          cells.add(new Cell(rows.getString(2), Tier.valueOf(rows.getString(3))));
        }
      }
    }
    int[][] levels = new int[cells.size()][model.questionCount()];
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT a.response_id, a.question_id, a.answer FROM response_answer a"
                + " JOIN response r ON r.id = a.response_id"
                + " WHERE r.campaign_id = ? AND a.answer IS NOT NULL")) {
      select.setString(1, campaignId);
      select.setFetchSize(10_000);
      Map<String, Integer> questions = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          int q = questions.computeIfAbsent(rows.getString(2), model::questionIndex);
          if (q >= 0) {
            levels[ids.get(rows.getString(1))][q] = rows.getInt(3);
          }
        }
      }
    }
    Cells result = new Cells(model);
    for (int r = 0; r < levels.length; r++) {
      result.sums(cells.get(r)).add(model, levels[r]);
    }
    return result;
  }
}
