package org.cemtracker.base.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whose rows a database connection may touch, for PostgreSQL's row-level security (DESIGN §9, the
 * second line of defence; migration V10 writes the policies). Every connection the application
 * takes is told, before its first statement, the scope of the work it does:
 *
 * <ul>
 *   <li>a signed-in caller's request: {@code member} of the organisations their memberships name
 *       (read on that same connection, where the policies let a user see their own memberships), or
 *       {@code all} for an administrator;
 *   <li>a request without a caller (a respondent, the sign-in page): {@code respondent}, which
 *       reads campaigns and the departments to pick from, uses invitations and queues submissions —
 *       and sees no response, result, initiative, member or audit row;
 *   <li>work the application does for itself (the submission writer, retention, start-up): {@code
 *       system}.
 * </ul>
 *
 * A bug in the application's own access check therefore still reads nothing of another tenant.
 */
public final class Tenancy {

  /** The scope of the work on this thread; {@code user} null for none or anonymous. */
  private record Scope(boolean request, String user, Boolean admin, Set<String> organisations) {}

  private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

  private Tenancy() {}

  /** A request begins, by the signed-in user (their id) or by no one (null). */
  public static void request(String userId) {
    CURRENT.set(new Scope(true, userId, null, new LinkedHashSet<>()));
  }

  /** The request has ended: the thread goes back to the pool with no scope. */
  public static void end() {
    CURRENT.remove();
  }

  /**
   * The caller has just made an organisation (or imported one): its rows may be written in this
   * same request, on this connection too.
   */
  public static void include(String organisationId, Connection connection) throws SQLException {
    Scope scope = CURRENT.get();
    if (scope != null && scope.user() != null && scope.organisations() != null) {
      scope.organisations().add(organisationId);
      if (isPostgres(connection)) {
        apply(connection);
      }
    }
  }

  /** Tells a PostgreSQL connection the scope of the work on this thread. */
  public static void apply(Connection connection) throws SQLException {
    Scope scope = CURRENT.get();
    if (scope == null || !scope.request()) {
      set(connection, "system", "", "");
    } else if (scope.user() == null) {
      set(connection, "respondent", "", "");
    } else {
      if (scope.admin() == null) {
        resolve(connection, scope);
      }
      Scope now = CURRENT.get();
      set(
          connection,
          Boolean.TRUE.equals(now.admin()) ? "all" : "member",
          now.user(),
          String.join(",", now.organisations()));
    }
  }

  /**
   * Names the shared summary this transaction reads by its link (PostgreSQL: the {@code by_link}
   * policy of migration 12 lets exactly that row through; the setting ends with the transaction).
   */
  public static void nameSummary(String digest, Connection connection) throws SQLException {
    if (!isPostgres(connection)) {
      return;
    }
    try (PreparedStatement set =
        connection.prepareStatement("SELECT set_config('cem.summary', ?, true)")) {
      set.setString(1, digest);
      set.execute();
    }
  }

  /** Nothing: for a connection going back to the pool, so that no scope outlives its work. */
  public static void clear(Connection connection) throws SQLException {
    set(connection, "", "", "");
  }

  /** Row-level security is PostgreSQL's: the embedded H2 database has no such thing. */
  public static boolean isPostgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
  }

  private static void resolve(Connection connection, Scope scope) throws SQLException {
    set(connection, "member", scope.user(), "");
    boolean admin = false;
    Set<String> organisations = new LinkedHashSet<>(scope.organisations());
    try (PreparedStatement own =
        connection.prepareStatement(
            "SELECT u.is_admin, m.organisation_id FROM app_user u"
                + " LEFT JOIN membership m ON m.user_id = u.id WHERE u.id = ? AND u.enabled")) {
      own.setString(1, scope.user());
      try (ResultSet rows = own.executeQuery()) {
        while (rows.next()) {
          admin = rows.getBoolean(1);
          if (rows.getString(2) != null) {
            organisations.add(rows.getString(2));
          }
        }
      }
    }
    CURRENT.set(new Scope(true, scope.user(), admin, organisations));
  }

  private static void set(Connection connection, String scope, String user, String orgs)
      throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement(
            "SELECT set_config('cem.scope', ?, false), set_config('cem.user', ?, false),"
                + " set_config('cem.orgs', ?, false)")) {
      set.setString(1, scope);
      set.setString(2, user);
      set.setString(3, orgs);
      set.execute();
    }
  }
}
