-- A campaign's read-only summary shared with everyone in the organisation (issue 15): the digest of
-- the link's token (the token itself is never stored) and the snapshot of the organisation-level
-- figures taken when it was shared, which the link shows without signing in. The snapshot sits on
-- the campaign row, which a request without a caller may read (row-level security), so the
-- summary is read without opening the results' cells to it.
ALTER TABLE campaign ADD COLUMN summary_link_digest VARCHAR(64);
ALTER TABLE campaign ADD COLUMN summary_snapshot VARCHAR(100000);
CREATE UNIQUE INDEX ux_campaign_summary_link ON campaign (summary_link_digest);
