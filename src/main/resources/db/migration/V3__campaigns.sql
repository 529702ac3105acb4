-- Campaigns (assessment waves), invitations, and the anonymous responses they produce.

CREATE TABLE campaign (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    organisation_id      VARCHAR(36)  NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    name                 VARCHAR(200) NOT NULL,
    model_id             VARCHAR(64)  NOT NULL,
    model_version        VARCHAR(32)  NOT NULL,
    model_snapshot       VARCHAR(1000000) NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    leadership_opened_at TIMESTAMP WITH TIME ZONE,
    management_opened_at TIMESTAMP WITH TIME ZONE,
    staff_opened_at      TIMESTAMP WITH TIME ZONE,
    closed_at            TIMESTAMP WITH TIME ZONE,
    published_at         TIMESTAMP WITH TIME ZONE,
    open_link_digest     VARCHAR(64),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT ck_campaign_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'))
);
CREATE INDEX ix_campaign_org ON campaign (organisation_id);
CREATE UNIQUE INDEX ux_campaign_open_link ON campaign (open_link_digest);

-- An invitation knows who was invited (for sending) and whether it was used; never which
-- response it produced. The draft lives here until submit moves it into an unlinked response.
CREATE TABLE invitation (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    campaign_id   VARCHAR(36)  NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    department_id VARCHAR(36)  NOT NULL REFERENCES department (id),
    tier          VARCHAR(12)  NOT NULL,
    token_digest  VARCHAR(64)  NOT NULL,
    email         VARCHAR(254),
    used          BOOLEAN      NOT NULL,
    receipt       VARCHAR(32),
    draft         VARCHAR(200000),
    created_on    DATE         NOT NULL,
    CONSTRAINT ck_invitation_tier CHECK (tier IN ('LEADERSHIP', 'MANAGEMENT', 'STAFF'))
);
CREATE UNIQUE INDEX ux_invitation_token ON invitation (token_digest);
CREATE INDEX ix_invitation_campaign ON invitation (campaign_id);
CREATE INDEX ix_invitation_department ON invitation (department_id);

-- A response: where and at which tier it was given, on which day. Nothing else about who.
CREATE TABLE response (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    campaign_id   VARCHAR(36) NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    department_id VARCHAR(36) NOT NULL REFERENCES department (id),
    tier          VARCHAR(12) NOT NULL,
    submitted_on  DATE        NOT NULL,
    CONSTRAINT ck_response_tier CHECK (tier IN ('LEADERSHIP', 'MANAGEMENT', 'STAFF'))
);
CREATE INDEX ix_response_campaign ON response (campaign_id);
CREATE INDEX ix_response_department ON response (department_id);

CREATE TABLE response_answer (
    response_id VARCHAR(36) NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    question_id VARCHAR(64) NOT NULL,
    answer      INTEGER,
    PRIMARY KEY (response_id, question_id)
);

CREATE TABLE response_comment (
    response_id VARCHAR(36)   NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    question_id VARCHAR(64)   NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (response_id, question_id)
);
