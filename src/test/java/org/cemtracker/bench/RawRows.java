package org.cemtracker.bench;

import static org.cemtracker.bench.BenchServer.median;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The baseline of the organisation export and import: a campaign's responses and answers read with
 * plain JDBC, and written, batched and in one transaction, into empty tables shaped as the app's
 * ({@code response}, {@code response_answer}: the same columns, keys and index).
 */
final class RawRows {

  private record Row(String id, String department, String tier, Date day) {}

  private record Answer(String response, String question, Integer answer) {}

  private final List<Row> rows;
  private final List<Answer> answers;
  private final double readMillis;

  private RawRows(List<Row> rows, List<Answer> answers, double readMillis) {
    this.rows = rows;
    this.answers = answers;
    this.readMillis = readMillis;
  }

  /** Reads the campaign's rows three times; keeps the last, and the median time. */
  static RawRows read(String jdbc, String user, String campaignId) throws Exception {
    List<Double> times = new ArrayList<>();
    List<Row> rows = List.of();
    List<Answer> answers = List.of();
    try (Connection c = DriverManager.getConnection(jdbc, user, "")) {
      c.setAutoCommit(false);
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        rows = rows(c, campaignId);
        answers = answers(c, campaignId);
        c.commit();
        times.add((System.nanoTime() - t) / 1e6);
      }
    }
    return new RawRows(rows, answers, median(times));
  }

  int responses() {
    return rows.size();
  }

  int answers() {
    return answers.size();
  }

  double readMillis() {
    return readMillis;
  }

  /** Creates the tables in the given empty database and writes the rows; returns the time. */
  double writeInto(String jdbc) throws Exception {
    try (Connection c =
        DriverManager.getConnection(jdbc, jdbc.startsWith("jdbc:h2") ? "sa" : "postgres", "")) {
      createTables(c);
      c.setAutoCommit(false);
      long t = System.nanoTime();
      String campaign = UUID.randomUUID().toString();
      Map<String, String> ids = new HashMap<>();
      try (PreparedStatement r =
          c.prepareStatement(
              "INSERT INTO response (id, campaign_id, department_id, tier, submitted_on)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        int n = 0;
        for (Row row : rows) {
          String id = UUID.randomUUID().toString();
          ids.put(row.id(), id);
          r.setString(1, id);
          r.setString(2, campaign);
          r.setString(3, row.department());
          r.setString(4, row.tier());
          r.setDate(5, row.day());
          r.addBatch();
          if (++n % 1000 == 0) {
            r.executeBatch();
          }
        }
        r.executeBatch();
      }
      try (PreparedStatement a =
          c.prepareStatement(
              "INSERT INTO response_answer (response_id, question_id, answer) VALUES (?, ?, ?)")) {
        int n = 0;
        for (Answer answer : answers) {
          a.setString(1, ids.get(answer.response()));
          a.setString(2, answer.question());
          if (answer.answer() == null) {
            a.setNull(3, Types.INTEGER);
          } else {
            a.setInt(3, answer.answer());
          }
          a.addBatch();
          if (++n % 1000 == 0) {
            a.executeBatch();
          }
        }
        a.executeBatch();
      }
      c.commit();
      return (System.nanoTime() - t) / 1e6;
    }
  }

  /** The app's response and response_answer tables: the same columns, keys and index. */
  static void createTables(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE response (id VARCHAR(36) NOT NULL PRIMARY KEY, campaign_id VARCHAR(36)"
              + " NOT NULL, department_id VARCHAR(36) NOT NULL, tier VARCHAR(12) NOT NULL,"
              + " submitted_on DATE NOT NULL)");
      s.execute("CREATE INDEX ix_response_campaign ON response (campaign_id)");
      s.execute(
          "CREATE TABLE response_answer (response_id VARCHAR(36) NOT NULL REFERENCES response"
              + " (id) ON DELETE CASCADE, question_id VARCHAR(64) NOT NULL, answer INTEGER,"
              + " PRIMARY KEY (response_id, question_id))");
    }
  }

  private static List<Row> rows(Connection c, String campaignId) throws Exception {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, department_id, tier, submitted_on FROM response WHERE campaign_id = ?")) {
      s.setString(1, campaignId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getDate(4)));
        }
      }
    }
    return rows;
  }

  private static List<Answer> answers(Connection c, String campaignId) throws Exception {
    List<Answer> answers = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT a.response_id, a.question_id, a.answer FROM response_answer a"
                + " JOIN response r ON r.id = a.response_id WHERE r.campaign_id = ?")) {
      s.setString(1, campaignId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int value = r.getInt(3);
          answers.add(new Answer(r.getString(1), r.getString(2), r.wasNull() ? null : value));
        }
      }
    }
    return answers;
  }
}
