package org.cemtracker.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.cemtracker.base.persistence.Migrations;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelJson;
import org.cemtracker.model.ModelReader;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Answers;
import org.cemtracker.scoring.Cell;
import org.cemtracker.scoring.CellSums;
import org.cemtracker.scoring.Cells;
import org.cemtracker.scoring.ScoringModel;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Schema versions 5 to 7 on a database with campaigns already answered, on H2 and on PostgreSQL:
 * the per-cell aggregates the backfill writes equal the sums of the raw answers, the tree and k are
 * frozen, and every comment is kept apart from its response, whose linked copy is gone.
 */
class ResultCellBackfillIT {

  private static final String[] DEPARTMENTS = {"Sales", "Ops", "Legal"};

  @Test
  void backfillsAnAnsweredCampaignOnH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    backfill(h2);
  }

  @Test
  void backfillsAnAnsweredCampaignOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      backfill(postgres.getPostgresDatabase());
    }
  }

  private void backfill(DataSource dataSource) throws Exception {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(Migrations.LOCATION)
        .target("4")
        .load()
        .migrate();
    MaturityModel model =
        new ModelReader()
            .read("cem-pulse.yaml", Files.readString(Path.of("assessments/cem-pulse.yaml")))
            .model()
            .orElseThrow();
    List<Answers> answers = new ArrayList<>();
    int comments;
    String campaignId = UUID.randomUUID().toString();
    Map<String, String> departmentIds = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      String orgId = UUID.randomUUID().toString();
      update(
          c,
          "INSERT INTO organisation (id, name, industry, anonymity_threshold, created_at, version)"
              + " VALUES (?, 'Old org', NULL, 4, CURRENT_TIMESTAMP, 0)",
          orgId);
      for (String path : DEPARTMENTS) {
        String id = UUID.randomUUID().toString();
        departmentIds.put(path, id);
        update(
            c,
            "INSERT INTO department (id, organisation_id, parent_id, path, name, headcount,"
                + " customer_facing, archived) VALUES (?, ?, NULL, ?, ?, 20, FALSE, FALSE)",
            id,
            orgId,
            path,
            path);
      }
      update(
          c,
          "INSERT INTO campaign (id, organisation_id, name, model_id, model_version, model_snapshot,"
              + " status, leadership_opened_at, management_opened_at, staff_opened_at, closed_at,"
              + " created_at, version) VALUES (?, ?, 'Old wave', ?, ?, ?, 'CLOSED',"
              + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, 0)",
          campaignId,
          orgId,
          model.id(),
          model.version(),
          ModelJson.write(model));
      comments = responses(c, model, campaignId, departmentIds, answers);
    }

    Migrations.migrate(dataSource);

    ScoringModel scoring = new ScoringModel(model);
    Cells stored = new Cells(scoring);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT department_id, tier, responses, sums FROM result_cell WHERE campaign_id = ?")) {
        select.setString(1, campaignId);
        int rows = 0;
        try (ResultSet cells = select.executeQuery()) {
          while (cells.next()) {
            rows++;
            Tier tier = Tier.valueOf(cells.getString(2));
            CellSums sums = CellSums.decode(scoring, tier, cells.getString(4));
            assertThat(sums.responses()).isEqualTo(cells.getLong(3));
            stored.put(new Cell(cells.getString(1), tier), sums);
          }
        }
        // every frozen department × tier has its cell, answered or not, before new submissions
        assertThat(rows).isEqualTo(DEPARTMENTS.length * 3);
      }
      assertThat(
              count(
                  c, "SELECT COUNT(*) FROM campaign_department WHERE campaign_id = ?", campaignId))
          .isEqualTo(DEPARTMENTS.length);
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM campaign WHERE id = ? AND anonymity_threshold = 4"
                      + " AND comment_threshold = 10",
                  campaignId))
          .isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM result_comment WHERE campaign_id = ?", campaignId))
          .isEqualTo(comments);
      try (ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        List<String> names = new ArrayList<>();
        while (tables.next()) {
          names.add(tables.getString("TABLE_NAME").toLowerCase());
        }
        assertThat(names).contains("result_cell").doesNotContain("response_comment");
      }
    }
    Cells expected = Cells.of(scoring, answers);
    assertThat(stored.sameAs(expected)).isTrue();
    // the benchmark's recompute in parallel streams over ranges of ids gives the same sums
    assertThat(
            CellRecompute.parallel(dataSource::getConnection, campaignId, scoring, 3)
                .sameAs(expected))
        .isTrue();
  }

  /** 120 random responses with their answers and some comments, as version 4 stored them. */
  private static int responses(
      Connection c,
      MaturityModel model,
      String campaignId,
      Map<String, String> departmentIds,
      List<Answers> answers)
      throws SQLException {
    Random random = new Random(7);
    int comments = 0;
    for (int r = 0; r < 120; r++) {
      String department = departmentIds.get(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
      Tier tier = Tier.values()[random.nextInt(3)];
      String id = UUID.randomUUID().toString();
      update(
          c,
          "INSERT INTO response (id, campaign_id, department_id, tier, submitted_on)"
              + " VALUES (?, ?, ?, ?, CURRENT_DATE)",
          id,
          campaignId,
          department,
          tier.name());
      Map<String, Integer> given = new HashMap<>();
      for (MaturityModel.Question q : model.questionsFor(tier)) {
        Integer level = random.nextInt(6) == 0 ? null : 1 + random.nextInt(model.levels());
        update(
            c,
            "INSERT INTO response_answer (response_id, question_id, answer) VALUES (?, ?, ?)",
            id,
            q.id(),
            level);
        if (level != null) {
          given.put(q.id(), level);
        }
        if (random.nextInt(20) == 0) {
          update(
              c,
              "INSERT INTO response_comment (response_id, question_id, body) VALUES (?, ?, ?)",
              id,
              q.id(),
              "comment " + r + " on " + q.id());
          comments++;
        }
      }
      answers.add(new Answers(department, tier, given));
    }
    return comments;
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static long count(Connection c, String sql, String value) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
