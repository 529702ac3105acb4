-- Submissions on their way into the response tables (DESIGN §9: a response is never linked to its
-- invitation, not even in the database). The submit transaction marks the invitation used and
-- writes one row here; a separate writer moves queued submissions into response, response_answer
-- and the results' cells in shuffled batches and deletes them, in one transaction. So the
-- response rows share no transaction id (PostgreSQL xmin), row id or storage order with the
-- invitation that produced them, and a submission acknowledged to the respondent is durable here
-- until it is moved, exactly once.
CREATE TABLE submission_queue (
    id            VARCHAR(36)     NOT NULL PRIMARY KEY,
    campaign_id   VARCHAR(36)     NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    department_id VARCHAR(36)     NOT NULL REFERENCES department (id),
    tier          VARCHAR(12)     NOT NULL,
    submitted_on  DATE            NOT NULL,
    answers       VARCHAR(200000) NOT NULL,
    CONSTRAINT ck_submission_queue_tier CHECK (tier IN ('LEADERSHIP', 'MANAGEMENT', 'STAFF'))
);
CREATE INDEX ix_submission_queue_campaign ON submission_queue (campaign_id);
