#!/usr/bin/env bash
# A local PostgreSQL server for the PostgreSQL test suites and `npm run db:drift`, made ready idempotently:
# installs Debian's postgresql where it is missing (as root), starts the cluster when it is not running,
# creates the role and the database when they are missing. Safe to run any number of times, and beside
# another session doing the same.
# Role and database: indh / indh (password indh), the default of TEST_POSTGRES_URL. Local testing only.
set -euo pipefail
role=indh password=indh database=indh

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing Debian's postgresql..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed major version; Debian creates its "main" cluster on installation.
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start || pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .
fi
for _ in $(seq 1 30); do as_postgres "psql -Atqc 'select 1'" >/dev/null 2>&1 && break; sleep 1; done

# `npm run db:backup` / `db:restore` run pg_dump, pg_restore and psql from PATH (Debian's pg_wrapper: the newest
# installed version when PGHOST is set), which cannot be older than the server. postgresql-$version depends on
# postgresql-client-$version, so this only repairs a machine where the client was removed.
client_version() { PGHOST=localhost pg_dump --version 2>/dev/null | sed -nE 's/^pg_dump \(PostgreSQL\) ([0-9]+).*/\1/p'; }
if [ "$(client_version)" = "" ] || [ "$(client_version)" -lt "$version" ]; then
  echo "Installing Debian's postgresql-client-$version (pg_dump, pg_restore, psql)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "postgresql-client-$version" >/dev/null
fi

# CREATE ROLE / DATABASE have no IF NOT EXISTS: check first, and accept losing a race with another session.
if [ "$(as_postgres "psql -Atqc \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"")" != 1 ]; then
  as_postgres "psql -qc \"CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'\"" 2>/dev/null || true
fi
if [ "$(as_postgres "psql -Atqc \"SELECT 1 FROM pg_database WHERE datname = '$database'\"")" != 1 ]; then
  # Byte-order collation, as SQLite compares text: the same ORDER BY on both providers.
  as_postgres "psql -qc \"CREATE DATABASE $database OWNER $role TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'\"" 2>/dev/null || true
fi
as_postgres "psql -Atqc \"SELECT 1 FROM pg_database WHERE datname = '$database'\"" | grep -q 1
echo "PostgreSQL $version is running: postgresql://$role:$password@localhost:5432/$database (pg_dump $(client_version))"
