-- A campaign's plan (issue 16): the steps a timer carries out — a phase's opening, the close, a
-- reminder (with the address its links start with: CEM_PUBLIC_URL, else the planner's) — each
-- claimed once by the node that runs it (done_at is set in the same transaction as the step), so
-- that a restart loses nothing and two nodes never run a step twice. Response-rate targets: the
-- campaign's default (75 % when not set) and any department's own.
CREATE TABLE campaign_step (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    campaign_id VARCHAR(36)  NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    kind        VARCHAR(20)  NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at     TIMESTAMP WITH TIME ZONE,
    outcome     VARCHAR(400),
    link_base   VARCHAR(300),
    CONSTRAINT ck_campaign_step_kind
        CHECK (kind IN ('OPEN_LEADERSHIP', 'OPEN_MANAGEMENT', 'OPEN_STAFF', 'CLOSE', 'REMIND'))
);
CREATE INDEX ix_campaign_step_campaign ON campaign_step (campaign_id);
CREATE INDEX ix_campaign_step_due ON campaign_step (done_at, due_at);

ALTER TABLE campaign ADD COLUMN response_target INTEGER;

CREATE TABLE department_target (
    campaign_id   VARCHAR(36) NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    department_id VARCHAR(36) NOT NULL,
    percent       INTEGER     NOT NULL,
    PRIMARY KEY (campaign_id, department_id),
    CONSTRAINT ck_department_target CHECK (percent BETWEEN 1 AND 100)
);

-- A reminder carries a link of its own (the invitation's first token is stored only as a digest,
-- so it cannot be sent again): the digest of the latest reminder's token opens the same
-- invitation; a newer reminder replaces it. The first link keeps working.
ALTER TABLE invitation ADD COLUMN reminder_digest VARCHAR(64);
CREATE UNIQUE INDEX ux_invitation_reminder ON invitation (reminder_digest);
