-- A campaign's read-only summary shared with everyone in the organisation (issue 15): the digest of
-- the link's token (the token itself is never stored) and the snapshot of the organisation-level
-- figures taken when it was shared, which the link shows without signing in. One per campaign; a
-- new link replaces the old. On PostgreSQL, migration 12 lets a connection read a row only for
-- its own organisations or by naming the row's digest (SharedSummarySecurity).
CREATE TABLE shared_summary (
    digest          VARCHAR(64)     NOT NULL PRIMARY KEY,
    campaign_id     VARCHAR(36)     NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36)     NOT NULL,
    snapshot        VARCHAR(100000) NOT NULL,
    shared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_shared_summary_campaign UNIQUE (campaign_id)
);
