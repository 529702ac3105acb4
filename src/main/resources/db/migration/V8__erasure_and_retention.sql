-- Erasing an organisation leaves one instance-level audit event (no organisation) saying who
-- erased which id when; retention deletes raw answers of campaigns closed long enough ago.

ALTER TABLE audit_event ALTER COLUMN organisation_id DROP NOT NULL;

-- months after a campaign's close that its raw answers and comments are kept; null: for ever
ALTER TABLE organisation ADD COLUMN retention_months INTEGER;
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_retention
    CHECK (retention_months IS NULL OR (retention_months >= 1 AND retention_months <= 600));

-- when the campaign's raw answers and comments were deleted (its results stay, from the cells)
ALTER TABLE campaign ADD COLUMN raw_deleted_at TIMESTAMP WITH TIME ZONE;
