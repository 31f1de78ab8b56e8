#!/usr/bin/env bash
# Writes the next migration of both providers from the difference between their migrations and the models:
# prisma/migrations (SQLite) and prisma/postgres/migrations (PostgreSQL), under the same name.
# (`prisma migrate dev` is unreliable offline with the JS engine; see ../shared/STACK.md.)
# The PostgreSQL diff needs a server (TEST_POSTGRES_URL, else the one of scripts/postgres-local.sh).
# Usage: npm run db:migration:new -- <name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: npm run db:migration:new -- <name>}
stamp=$(date -u +%Y%m%d%H%M%S)
pg_url="${TEST_POSTGRES_URL:-postgresql://indh:indh@localhost:5432/indh}"
node_modules/.bin/tsx scripts/postgres-schema.ts
if ! node scripts/postgres-reachable.mjs "$pg_url"; then
  echo "No PostgreSQL server at $pg_url: both providers' migrations are written together. Start one: bash scripts/postgres-local.sh" >&2
  exit 1
fi

# write <migrations dir> <schema> <provider> <DATABASE_URL for the diff's shadow database>
write() {
  local migrations=$1 schema=$2 provider=$3 url=$4 sql dir
  mkdir -p "$migrations"
  [ -f "$migrations/migration_lock.toml" ] || printf 'provider = "%s"\n' "$provider" > "$migrations/migration_lock.toml"
  sql=$(DATABASE_URL="$url" node_modules/.bin/prisma migrate diff --from-migrations "$migrations" --to-schema-datamodel "$schema" --script)
  if [ -z "$(grep -v '^--' <<<"$sql" | tr -d '[:space:]')" ]; then
    echo "$provider: no schema change, no migration written."; return
  fi
  dir="$migrations/${stamp}_${name}"
  mkdir -p "$dir"
  printf '%s\n' "$sql" > "$dir/migration.sql"
  echo "Wrote $dir/migration.sql"
}
write prisma/migrations prisma/schema.prisma sqlite "file:$(mktemp -u -t migration-XXXXXX.db)"
write prisma/postgres/migrations prisma/postgres/schema.prisma postgresql "$pg_url"
