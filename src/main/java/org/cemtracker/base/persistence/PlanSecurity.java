package org.cemtracker.base.persistence;

/**
 * Schema version 14: row-level security on a campaign's plan and targets (PostgreSQL only, as
 * version 10). Members see those of their organisations' campaigns; a respondent reads the steps
 * (the close date is the deadline their questionnaire shows) and nothing else.
 */
public final class PlanSecurity extends PostgresOnlyMigration {

  public PlanSecurity() {
    super("14", "plan security");
  }

  @Override
  String statements() {
    return """
        ALTER TABLE campaign_step ENABLE ROW LEVEL SECURITY;
        ALTER TABLE campaign_step FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON campaign_step USING (cem_sees_campaign(campaign_id));
        CREATE POLICY respondent ON campaign_step FOR SELECT USING (cem_scope() = 'respondent');
        ALTER TABLE department_target ENABLE ROW LEVEL SECURITY;
        ALTER TABLE department_target FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON department_target USING (cem_sees_campaign(campaign_id));
        """;
  }
}
