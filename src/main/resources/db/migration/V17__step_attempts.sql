-- A planned step that fails is tried again on the next minutes, a few times, and then recorded as
-- failed instead of being retried for ever; reminders asked for on demand are steps too
-- (REMIND_NOW), carried out off the request, so that no one learns from how long the request took
-- or whether it failed how many invitations were still unused.
ALTER TABLE campaign_step ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE campaign_step DROP CONSTRAINT ck_campaign_step_kind;
ALTER TABLE campaign_step ADD CONSTRAINT ck_campaign_step_kind
    CHECK (kind IN ('OPEN_LEADERSHIP', 'OPEN_MANAGEMENT', 'OPEN_STAFF', 'CLOSE', 'REMIND',
                    'REMIND_NOW'));
