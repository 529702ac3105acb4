package org.cemtracker.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The baseline of the submit path: plain JDBC writing what a submission stores — one response row
 * and its answers, batched, in one transaction each — into tables shaped as the app's, in an empty
 * database of the same kind and durability, from a pool of connections the clients share.
 */
final class RawSubmits implements AutoCloseable {

  private final BlockingQueue<Connection> pool;
  private final List<String> questions;
  private final List<String> departments;

  private RawSubmits(
      BlockingQueue<Connection> pool, List<String> questions, List<String> departments) {
    this.pool = pool;
    this.questions = questions;
    this.departments = departments;
  }

  static RawSubmits open(
      String jdbc, String user, int connections, List<String> questions, List<String> departments)
      throws Exception {
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      Connection c = DriverManager.getConnection(jdbc, user, "");
      if (i == 0) {
        RawRows.createTables(c);
      }
      c.setAutoCommit(false);
      pool.add(c);
    }
    return new RawSubmits(pool, questions, departments);
  }

  /** One submission's rows, in a transaction of its own. */
  void submit(String campaignId) throws Exception {
    Connection c = pool.take();
    try {
      String id = UUID.randomUUID().toString();
      ThreadLocalRandom random = ThreadLocalRandom.current();
      try (PreparedStatement r =
          c.prepareStatement(
              "INSERT INTO response (id, campaign_id, department_id, tier, submitted_on)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        r.setString(1, id);
        r.setString(2, campaignId);
        r.setString(3, departments.get(random.nextInt(departments.size())));
        r.setString(4, "STAFF");
        r.setDate(5, Date.valueOf(LocalDate.now()));
        r.executeUpdate();
      }
      try (PreparedStatement a =
          c.prepareStatement(
              "INSERT INTO response_answer (response_id, question_id, answer) VALUES (?, ?, ?)")) {
        for (String question : questions) {
          a.setString(1, id);
          a.setString(2, question);
          a.setInt(3, 1 + random.nextInt(5));
          a.addBatch();
        }
        a.executeBatch();
      }
      c.commit();
    } catch (Exception e) {
      c.rollback();
      throw e;
    } finally {
      pool.add(c);
    }
  }

  @Override
  public void close() throws Exception {
    for (Connection c : pool) {
      c.close();
    }
  }
}
