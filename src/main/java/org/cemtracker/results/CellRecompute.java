package org.cemtracker.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Cell;
import org.cemtracker.scoring.Cells;
import org.cemtracker.scoring.ScoringModel;

/**
 * A campaign's cell sums recomputed from its raw answers, in plain JDBC. It is what the backfill
 * migration runs, and what the benchmark compares with a hand-written {@code GROUP BY}; the app's
 * reads never need it.
 *
 * <p>Every answer has to reach Java (own scores and item moments are per respondent), so what costs
 * is moving rows. In-process H2 hands over the answer rows cheaply; over PostgreSQL's wire a row
 * per answer costs more than the aggregation itself, so there the database strings each response's
 * answers together ({@code string_agg}, one row per response: question ids are {@code [a-z0-9-]},
 * so "{@code id=level,…}" parses unambiguously).
 */
public final class CellRecompute {

  /** Opens a connection for one stream of a parallel recompute. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  private CellRecompute() {}

  /** The recompute over one connection, in one stream (what the backfill migration runs). */
  public static Cells of(Connection connection, String campaignId, ScoringModel model)
      throws SQLException {
    return of(connection, campaignId, model, Range.ALL);
  }

  /**
   * The recompute in {@code streams} parallel streams, each over its own connection and its own
   * range of response ids (ranges of their first character: ids are UUIDs), merged at the end: it
   * uses the cores the database and the JVM have, as PostgreSQL's parallel aggregation does for a
   * {@code GROUP BY}.
   */
  public static Cells parallel(
      Connections connections, String campaignId, ScoringModel model, int streams)
      throws SQLException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(streams);
    try {
      List<Future<Cells>> parts = new ArrayList<>();
      for (Range range : Range.split(streams)) {
        parts.add(
            pool.submit(
                () -> {
                  try (Connection connection = connections.open()) {
                    connection.setAutoCommit(false);
                    return of(connection, campaignId, model, range);
                  }
                }));
      }
      Cells merged = new Cells(model);
      for (Future<Cells> part : parts) {
        merged.putAll(part.get());
      }
      return merged;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new IllegalStateException("a recompute stream failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Response ids from {@code from} (inclusive) to {@code to} (exclusive); null is open. */
  record Range(String from, String to) {

    static final Range ALL = new Range(null, null);
    private static final String HEX = "0123456789abcdef";

    static List<Range> split(int parts) {
      List<Range> ranges = new ArrayList<>();
      String from = null;
      for (int i = 1; i < parts; i++) {
        String to = String.valueOf(HEX.charAt(i * HEX.length() / parts));
        ranges.add(new Range(from, to));
        from = to;
      }
      ranges.add(new Range(from, null));
      return ranges;
    }

    /**
     * The bounds on each of the columns that hold a response id (the response's and the answer's,
     * so that each stream's scans and joins touch its own range only).
     */
    String sql(String... columns) {
      StringBuilder sql = new StringBuilder();
      for (String column : columns) {
        sql.append(from == null ? "" : " AND " + column + " >= ?");
        sql.append(to == null ? "" : " AND " + column + " < ?");
      }
      return sql.toString();
    }

    /** Sets the bounds of {@code columns} columns from parameter {@code next} on. */
    void bind(PreparedStatement statement, int next, int columns) throws SQLException {
      for (int c = 0; c < columns; c++) {
        if (from != null) {
          statement.setString(next++, from);
        }
        if (to != null) {
          statement.setString(next++, to);
        }
      }
    }
  }

  private static Cells of(Connection connection, String campaignId, ScoringModel model, Range range)
      throws SQLException {
    return answerRows(connection, campaignId, model, range);
  }

  /**
   * The responses, then their given answers. A response's answers are stored together, so they
   * mostly arrive together: the response is looked up only when the id changes.
   */
  private static Cells answerRows(
      Connection connection, String campaignId, ScoringModel model, Range range)
      throws SQLException {
    Map<String, Integer> ids = new HashMap<>();
    List<Cell> cells = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT r.id, r.department_id, r.tier FROM response r WHERE r.campaign_id = ?"
                + range.sql("r.id"))) {
      select.setString(1, campaignId);
      range.bind(select, 2, 1);
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
                + " WHERE r.campaign_id = ? AND a.answer IS NOT NULL"
                + range.sql("r.id", "a.response_id"))) {
      select.setString(1, campaignId);
      range.bind(select, 2, 2);
      select.setFetchSize(10_000);
      Map<String, Integer> questions = new HashMap<>();
      String current = null;
      int[] row = null;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String id = rows.getString(1);
          if (!id.equals(current)) {
            current = id;
            row = levels[ids.get(id)];
          }
          int q = questions.computeIfAbsent(rows.getString(2), model::questionIndex);
          if (q >= 0) {
            row[q] = rows.getInt(3);
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
