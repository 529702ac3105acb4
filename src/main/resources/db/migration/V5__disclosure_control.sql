-- DESIGN §4 rules 12-15: thresholds and department trees frozen into campaigns, per-cell
-- aggregates owned by results, and comments kept apart from the responses they came with.

-- c, the comment threshold: default 10, never below k
ALTER TABLE organisation ADD COLUMN comment_threshold INTEGER;
UPDATE organisation SET comment_threshold =
    CASE WHEN anonymity_threshold > 10 THEN anonymity_threshold ELSE 10 END;
ALTER TABLE organisation ALTER COLUMN comment_threshold SET NOT NULL;
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_comments
    CHECK (comment_threshold >= anonymity_threshold);

-- k and c as they were when the campaign's first phase opened (null before)
ALTER TABLE campaign ADD COLUMN anonymity_threshold INTEGER;
ALTER TABLE campaign ADD COLUMN comment_threshold INTEGER;
UPDATE campaign SET
    anonymity_threshold = (SELECT o.anonymity_threshold FROM organisation o WHERE o.id = campaign.organisation_id),
    comment_threshold = (SELECT o.comment_threshold FROM organisation o WHERE o.id = campaign.organisation_id)
  WHERE leadership_opened_at IS NOT NULL;
ALTER TABLE campaign ADD CONSTRAINT ck_campaign_thresholds CHECK (
    (anonymity_threshold IS NULL AND comment_threshold IS NULL)
    OR (anonymity_threshold >= 3 AND comment_threshold >= anonymity_threshold));

-- the department tree as it was when the campaign's first phase opened
CREATE TABLE campaign_department (
    campaign_id     VARCHAR(36)   NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    department_id   VARCHAR(36)   NOT NULL,
    parent_id       VARCHAR(36),
    path            VARCHAR(1000) NOT NULL,
    headcount       INTEGER       NOT NULL,
    customer_facing BOOLEAN       NOT NULL,
    PRIMARY KEY (campaign_id, department_id),
    CONSTRAINT ck_campaign_department_headcount CHECK (headcount >= 0)
);
-- campaigns opened before this version take the tree as it is now, archived departments too
-- (their responses still count)
INSERT INTO campaign_department (campaign_id, department_id, parent_id, path, headcount, customer_facing)
    SELECT c.id, d.id, d.parent_id, d.path, d.headcount, d.customer_facing
    FROM campaign c JOIN department d ON d.organisation_id = c.organisation_id
    WHERE c.anonymity_threshold IS NOT NULL;

-- per campaign × department × tier: the sums every figure is computed from (text of numbers,
-- written by the scoring engine's CellSums); responses duplicated for quick counts
CREATE TABLE result_cell (
    campaign_id   VARCHAR(36)      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    department_id VARCHAR(36)      NOT NULL,
    tier          VARCHAR(12)      NOT NULL,
    responses     BIGINT           NOT NULL,
    sums          VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (campaign_id, department_id, tier),
    CONSTRAINT ck_result_cell_tier CHECK (tier IN ('LEADERSHIP', 'MANAGEMENT', 'STAFF')),
    CONSTRAINT ck_result_cell_responses CHECK (responses >= 0)
);

-- comments by cell and question, with no link to any response
CREATE TABLE result_comment (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    campaign_id   VARCHAR(36)   NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    department_id VARCHAR(36)   NOT NULL,
    tier          VARCHAR(12)   NOT NULL,
    question_id   VARCHAR(64)   NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    CONSTRAINT ck_result_comment_tier CHECK (tier IN ('LEADERSHIP', 'MANAGEMENT', 'STAFF'))
);
CREATE INDEX ix_result_comment_campaign ON result_comment (campaign_id);
