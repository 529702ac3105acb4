package org.cemtracker.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The test server's own H2 database, opened beside it (AUTO_SERVER), for the tests that must see
 * what is stored: that an erased organisation left nothing, that retention deleted raw answers.
 */
final class Database {

  static final String URL =
      "jdbc:h2:file:" + System.getProperty("user.dir") + "/target/it-data/cem;AUTO_SERVER=TRUE";

  private Database() {}

  static Connection open() throws SQLException {
    return DriverManager.getConnection(URL, "sa", "");
  }

  /** Every table.column (of text) holding any of the values, with how many rows. */
  static List<String> where(List<String> values) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = open()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rows = c.getMetaData().getColumns(null, "PUBLIC", "%", "%")) {
        while (rows.next()) {
          String type = rows.getString("TYPE_NAME").toUpperCase();
          if (type.contains("CHAR")) {
            columns.add(new String[] {rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME")});
          }
        }
      }
      for (String[] column : columns) {
        for (String value : values) {
          String sql =
              "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" LIKE ?";
          try (PreparedStatement count = c.prepareStatement(sql)) {
            count.setString(1, "%" + value + "%");
            try (ResultSet n = count.executeQuery()) {
              n.next();
              if (n.getLong(1) > 0) {
                found.add(column[0] + "." + column[1] + " ∋ " + value + " × " + n.getLong(1));
              }
            }
          }
        }
      }
    }
    return found;
  }

  static long count(String sql, String value) throws SQLException {
    try (Connection c = open();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
