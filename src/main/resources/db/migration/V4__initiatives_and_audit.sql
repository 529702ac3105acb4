-- Transformation initiatives with their milestones, KPIs (and measurements) and check-ins,
-- and the audit log of changes to initiatives, campaigns and memberships.

CREATE TABLE initiative (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    organisation_id  VARCHAR(36)   NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(10000),
    status           VARCHAR(12)   NOT NULL,
    rag              VARCHAR(5)    NOT NULL,
    owner_id         VARCHAR(36)   REFERENCES app_user (id) ON DELETE SET NULL,
    sponsor_id       VARCHAR(36)   REFERENCES app_user (id) ON DELETE SET NULL,
    dimensions       VARCHAR(4000),
    department_paths VARCHAR(20000),
    start_date       DATE,
    due_date         DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_initiative_status
        CHECK (status IN ('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')),
    CONSTRAINT ck_initiative_rag CHECK (rag IN ('GREEN', 'AMBER', 'RED')),
    CONSTRAINT ck_initiative_dates CHECK (start_date IS NULL OR due_date IS NULL OR due_date >= start_date)
);
CREATE INDEX ix_initiative_org ON initiative (organisation_id);

CREATE TABLE initiative_milestone (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(36)  NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    title         VARCHAR(200) NOT NULL,
    due_date      DATE,
    done          BOOLEAN      NOT NULL
);
CREATE INDEX ix_milestone_initiative ON initiative_milestone (initiative_id);

CREATE TABLE initiative_kpi (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(36)  NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    name          VARCHAR(200) NOT NULL,
    unit          VARCHAR(40),
    baseline      DOUBLE PRECISION,
    target        DOUBLE PRECISION
);
CREATE INDEX ix_kpi_initiative ON initiative_kpi (initiative_id);

CREATE TABLE kpi_measurement (
    kpi_id      VARCHAR(36) NOT NULL REFERENCES initiative_kpi (id) ON DELETE CASCADE,
    measured_on DATE        NOT NULL,
    measured    DOUBLE PRECISION NOT NULL
);
CREATE INDEX ix_measurement_kpi ON kpi_measurement (kpi_id);

CREATE TABLE initiative_check_in (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(36)  NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    check_in_date DATE         NOT NULL,
    rag           VARCHAR(5)   NOT NULL,
    note          VARCHAR(4000),
    author_email  VARCHAR(254),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_check_in_rag CHECK (rag IN ('GREEN', 'AMBER', 'RED'))
);
CREATE INDEX ix_check_in_initiative ON initiative_check_in (initiative_id);

-- Who changed what and when. The actor's e-mail is kept as it was, so the log still reads
-- when the account is gone; it never records a respondent, a token or a password.
CREATE TABLE audit_event (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    organisation_id VARCHAR(36)  NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_email     VARCHAR(254),
    action          VARCHAR(40)  NOT NULL,
    entity          VARCHAR(40)  NOT NULL,
    entity_id       VARCHAR(36)  NOT NULL,
    subject         VARCHAR(254),
    changes         VARCHAR(100000)
);
CREATE INDEX ix_audit_org_at ON audit_event (organisation_id, at);
