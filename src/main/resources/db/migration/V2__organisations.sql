-- Organisations (the tenants), who may do what in them, and their department trees.

CREATE TABLE organisation (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    industry            VARCHAR(200),
    anonymity_threshold INTEGER      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT ck_organisation_threshold CHECK (anonymity_threshold >= 3)
);

CREATE TABLE membership (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    organisation_id  VARCHAR(36)   NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    user_id          VARCHAR(36)   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role             VARCHAR(20)   NOT NULL,
    department_paths VARCHAR(4000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_membership_role CHECK (role IN ('CONSULTANT', 'LEADER', 'DEPARTMENT_HEAD', 'HR'))
);
CREATE UNIQUE INDEX ux_membership ON membership (organisation_id, user_id, role);
CREATE INDEX ix_membership_user ON membership (user_id);

CREATE TABLE department (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    organisation_id  VARCHAR(36)  NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    parent_id        VARCHAR(36)  REFERENCES department (id),
    path             VARCHAR(1000) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    headcount        INTEGER      NOT NULL,
    customer_facing  BOOLEAN      NOT NULL,
    archived         BOOLEAN      NOT NULL,
    CONSTRAINT ck_department_headcount CHECK (headcount >= 0)
);
CREATE INDEX ix_department_org ON department (organisation_id);
