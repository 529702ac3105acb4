-- Accounts: users of the instance and their personal API tokens.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE app_user (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(300) NOT NULL,
    is_admin         BOOLEAN      NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    credential_epoch INTEGER      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_app_user_email ON app_user (email);

CREATE TABLE api_token (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id      VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_digest VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_api_token_digest ON api_token (token_digest);
CREATE INDEX ix_api_token_user ON api_token (user_id);
