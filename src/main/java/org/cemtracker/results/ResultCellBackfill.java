package org.cemtracker.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cemtracker.model.ModelJson;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Cell;
import org.cemtracker.scoring.CellSums;
import org.cemtracker.scoring.Cells;
import org.cemtracker.scoring.ScoringModel;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 6: the per-cell aggregates of every campaign opened before version 5, recomputed
 * from its stored responses, and its comments copied apart from their responses (version 7 drops
 * the linked copies). Found by Flyway through {@code META-INF/services}, so the persistence set-up
 * needs no dependency on results.
 */
public final class ResultCellBackfill implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("6");
  }

  @Override
  public String getDescription() {
    return "result cells and comments from stored responses";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    Map<String, String> snapshots = new LinkedHashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, model_snapshot FROM campaign WHERE anonymity_threshold IS NOT NULL");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        snapshots.put(rows.getString(1), rows.getString(2));
      }
    }
    for (Map.Entry<String, String> campaign : snapshots.entrySet()) {
      ScoringModel model = new ScoringModel(ModelJson.read(campaign.getValue()));
      cells(connection, campaign.getKey(), CellRecompute.of(connection, campaign.getKey(), model));
    }
    comments(connection);
  }

  private static void cells(Connection connection, String campaignId, Cells cells)
      throws SQLException {
    List<String> departments = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT department_id FROM campaign_department WHERE campaign_id = ?")) {
      select.setString(1, campaignId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          departments.add(rows.getString(1));
        }
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO result_cell (campaign_id, department_id, tier, responses, sums)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (String department : departments) {
        for (Tier tier : Tier.values()) {
          CellSums sums = cells.sums(new Cell(department, tier));
          insert.setString(1, campaignId);
          insert.setString(2, department);
          insert.setString(3, tier.name());
          insert.setLong(4, sums.responses());
          insert.setString(5, sums.encode());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** Copies every comment with its cell, in a shuffled order, without its response. */
  private static void comments(Connection connection) throws SQLException {
    List<String[]> comments = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT r.campaign_id, r.department_id, r.tier, c.question_id, c.body"
                    + " FROM response_comment c JOIN response r ON r.id = c.response_id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        comments.add(
            new String[] {
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              rows.getString(4),
              rows.getString(5)
            });
      }
    }
    Collections.shuffle(comments);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO result_comment (id, campaign_id, department_id, tier, question_id, body)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (String[] comment : comments) {
        insert.setString(1, UUID.randomUUID().toString());
        for (int i = 0; i < comment.length; i++) {
          insert.setString(i + 2, comment[i]);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
