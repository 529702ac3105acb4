-- Row-level security (issue 14; DESIGN §9, the second line of defence). Run by migration 10
-- (RowLevelSecurity) on PostgreSQL only. Each connection the application takes is told the scope
-- of its work (Tenancy): cem.scope is 'system', 'all' (an administrator), 'member' (of the
-- organisations listed in cem.orgs; cem.user is the caller) or 'respondent'. FORCE: the policies
-- bind the tables' owner too, which is the role the application connects as.

CREATE FUNCTION cem_scope() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('cem.scope', true), '') $$;

CREATE FUNCTION cem_sees(org varchar) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT cem_scope() IN ('system', 'all')
       OR (cem_scope() = 'member'
           AND org = ANY (string_to_array(coalesce(current_setting('cem.orgs', true), ''), ','))) $$;

CREATE FUNCTION cem_sees_campaign(campaign varchar) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM campaign c WHERE c.id = campaign AND cem_sees(c.organisation_id)) $$;

CREATE FUNCTION cem_sees_initiative(initiative varchar) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM initiative i WHERE i.id = initiative AND cem_sees(i.organisation_id)) $$;

-- organisations: their members; a new one may be made by a signed-in caller (who joins it)
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON organisation USING (cem_sees(id));
CREATE POLICY respondent ON organisation FOR SELECT USING (cem_scope() = 'respondent');

-- memberships: of the organisations seen; a user also sees their own (to know their organisations)
ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON membership USING (cem_sees(organisation_id));
CREATE POLICY own ON membership FOR SELECT
    USING (cem_scope() = 'member' AND user_id = current_setting('cem.user', true));

ALTER TABLE department ENABLE ROW LEVEL SECURITY;
ALTER TABLE department FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON department USING (cem_sees(organisation_id));
-- an open link's respondent picks their department from the live tree
CREATE POLICY respondent ON department FOR SELECT USING (cem_scope() = 'respondent');

ALTER TABLE campaign ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON campaign USING (cem_sees(organisation_id));
CREATE POLICY respondent ON campaign FOR SELECT USING (cem_scope() = 'respondent');

ALTER TABLE campaign_department ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_department FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON campaign_department USING (cem_sees_campaign(campaign_id));
CREATE POLICY respondent ON campaign_department FOR SELECT USING (cem_scope() = 'respondent');

-- invitations: a respondent reads, starts (from an open link) and uses them
ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON invitation USING (cem_sees_campaign(campaign_id));
CREATE POLICY respondent_reads ON invitation FOR SELECT USING (cem_scope() = 'respondent');
CREATE POLICY respondent_starts ON invitation FOR INSERT WITH CHECK (cem_scope() = 'respondent');
CREATE POLICY respondent_uses ON invitation FOR UPDATE
    USING (cem_scope() = 'respondent') WITH CHECK (cem_scope() = 'respondent');

-- the queue of submissions: a respondent adds to it, never reads it
ALTER TABLE submission_queue ENABLE ROW LEVEL SECURITY;
ALTER TABLE submission_queue FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON submission_queue USING (cem_sees_campaign(campaign_id));
CREATE POLICY respondent ON submission_queue FOR INSERT WITH CHECK (cem_scope() = 'respondent');

ALTER TABLE response ENABLE ROW LEVEL SECURITY;
ALTER TABLE response FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON response USING (cem_sees_campaign(campaign_id));

ALTER TABLE response_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE response_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON response_answer
    USING (EXISTS (SELECT 1 FROM response r WHERE r.id = response_id AND cem_sees_campaign(r.campaign_id)));

ALTER TABLE result_cell ENABLE ROW LEVEL SECURITY;
ALTER TABLE result_cell FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON result_cell USING (cem_sees_campaign(campaign_id));

ALTER TABLE result_comment ENABLE ROW LEVEL SECURITY;
ALTER TABLE result_comment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON result_comment USING (cem_sees_campaign(campaign_id));

ALTER TABLE initiative ENABLE ROW LEVEL SECURITY;
ALTER TABLE initiative FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON initiative USING (cem_sees(organisation_id));

ALTER TABLE initiative_milestone ENABLE ROW LEVEL SECURITY;
ALTER TABLE initiative_milestone FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON initiative_milestone USING (cem_sees_initiative(initiative_id));

ALTER TABLE initiative_kpi ENABLE ROW LEVEL SECURITY;
ALTER TABLE initiative_kpi FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON initiative_kpi USING (cem_sees_initiative(initiative_id));

ALTER TABLE initiative_check_in ENABLE ROW LEVEL SECURITY;
ALTER TABLE initiative_check_in FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON initiative_check_in USING (cem_sees_initiative(initiative_id));

ALTER TABLE kpi_measurement ENABLE ROW LEVEL SECURITY;
ALTER TABLE kpi_measurement FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON kpi_measurement
    USING (EXISTS (SELECT 1 FROM initiative_kpi k WHERE k.id = kpi_id AND cem_sees_initiative(k.initiative_id)));

-- the audit log: an organisation's events to those who see it; the instance's to administrators
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON audit_event
    USING (CASE WHEN organisation_id IS NULL THEN cem_scope() IN ('system', 'all')
                ELSE cem_sees(organisation_id) END);
CREATE POLICY instance_events ON audit_event FOR INSERT WITH CHECK (organisation_id IS NULL);
