package org.cemtracker.base.persistence;

/**
 * Schema version 16: row-level security on the consultant's reviews (PostgreSQL only, as version
 * 10): members see those of their organisations' campaigns; a respondent sees none.
 */
public final class ReviewSecurity extends PostgresOnlyMigration {

  public ReviewSecurity() {
    super("16", "review security");
  }

  @Override
  String statements() {
    return """
        ALTER TABLE consultant_rating ENABLE ROW LEVEL SECURITY;
        ALTER TABLE consultant_rating FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON consultant_rating USING (cem_sees_campaign(campaign_id));
        ALTER TABLE review_publication ENABLE ROW LEVEL SECURITY;
        ALTER TABLE review_publication FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON review_publication USING (cem_sees_campaign(campaign_id));
        """;
  }
}
