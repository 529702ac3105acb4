package org.cemtracker.base.persistence;

/**
 * Schema version 12: row-level security on the shared summaries (PostgreSQL only, as version 10). A
 * connection reads a summary of its own organisations, or the one whose digest it has named for
 * this transaction ({@link Tenancy#nameSummary}): a request without a caller, or a member of
 * another organisation who opens a link, reads that one row and no other — the link is the
 * credential, and no scope may list the summaries of every tenant.
 */
public final class SharedSummarySecurity extends PostgresOnlyMigration {

  public SharedSummarySecurity() {
    super("12", "shared summary security");
  }

  @Override
  String statements() {
    return """
        ALTER TABLE shared_summary ENABLE ROW LEVEL SECURITY;
        ALTER TABLE shared_summary FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON shared_summary USING (cem_sees(organisation_id));
        CREATE POLICY by_link ON shared_summary FOR SELECT
            USING (digest = current_setting('cem.summary', true));
        """;
  }
}
