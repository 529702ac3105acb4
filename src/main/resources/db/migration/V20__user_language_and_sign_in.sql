-- A user's own choice of UI language (null: the browser's); whether the account signs in only
-- through the organisation's identity provider (made by its first OpenID Connect sign-in); and
-- the provider's issuer and subject the account is linked to once it has signed in so.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE app_user ADD COLUMN language VARCHAR(10);
ALTER TABLE app_user ADD COLUMN external_only BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN sso_subject VARCHAR(600);
CREATE UNIQUE INDEX ux_app_user_sso_subject ON app_user (sso_subject);
