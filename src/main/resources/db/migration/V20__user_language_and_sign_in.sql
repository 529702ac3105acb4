-- A user's own choice of UI language (null: the browser's), and whether the account signs in
-- through the organisation's identity provider only (created by OpenID Connect sign-in).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE app_user ADD COLUMN language VARCHAR(10);
ALTER TABLE app_user ADD COLUMN external_only BOOLEAN DEFAULT FALSE NOT NULL;
