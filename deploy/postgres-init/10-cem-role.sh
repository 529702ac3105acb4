#!/bin/bash
# Runs once, when the database's volume is new (the postgres image's /docker-entrypoint-initdb.d):
# the application's own role, neither a superuser nor exempt from row-level security, owning the
# cem database. PostgreSQL's policies then bind every query the application makes (DESIGN §9).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=app_password="$CEM_DB_PASSWORD" <<'SQL'
CREATE ROLE cem LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD :'app_password';
CREATE DATABASE cem OWNER cem;
SQL
