package org.cemtracker.base.persistence;

/**
 * Schema version 19: row-level security on notifications (PostgreSQL only, as version 10): a member
 * sees their own; the timers (system) write them; a respondent sees none.
 */
public final class NoticeSecurity extends PostgresOnlyMigration {

  public NoticeSecurity() {
    super("19", "notice security");
  }

  @Override
  String statements() {
    return """
        ALTER TABLE notice ENABLE ROW LEVEL SECURITY;
        ALTER TABLE notice FORCE ROW LEVEL SECURITY;
        CREATE POLICY own ON notice USING (cem_scope() IN ('system', 'all')
            OR (cem_scope() = 'member' AND user_id = current_setting('cem.user', true)));
        """;
  }
}
