#!/usr/bin/env bash
# Fails when the migrations of either provider no longer produce the models (a forgotten migration), or
# when prisma/postgres/schema.prisma is not the one generated from prisma/schema.prisma.
# The PostgreSQL diff needs a server (its shadow database is a scratch database there, created and dropped):
# DRIFT_POSTGRES_URL, else TEST_POSTGRES_URL, else the local one of scripts/postgres-local.sh. Without a
# server it is skipped with a message, except where REQUIRE_POSTGRES=1 (CI), where that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
prisma=node_modules/.bin/prisma
status=0

node_modules/.bin/tsx scripts/postgres-schema.ts --check || status=1

# SQLite: the diff replays migrations on a throw-away shadow file; it never needs the app's database.
if DATABASE_URL="file:$(mktemp -u -t drift-XXXXXX.db)" $prisma migrate diff --from-migrations prisma/migrations \
  --to-schema-datamodel prisma/schema.prisma --exit-code >/dev/null 2>&1; then
  echo "SQLite: migrations match prisma/schema.prisma."
else
  echo "Drift: prisma/schema.prisma differs from prisma/migrations. Run: npm run db:migration:new -- <name>" >&2
  status=1
fi

pg_url="${DRIFT_POSTGRES_URL:-${TEST_POSTGRES_URL:-postgresql://indh:indh@localhost:5432/indh}}"
if node scripts/postgres-reachable.mjs "$pg_url"; then
  if DATABASE_URL="$pg_url" $prisma migrate diff --from-migrations prisma/postgres/migrations \
    --to-schema-datamodel prisma/postgres/schema.prisma --exit-code >/dev/null 2>&1; then
    echo "PostgreSQL: migrations match prisma/postgres/schema.prisma."
  else
    echo "Drift: prisma/postgres/schema.prisma differs from prisma/postgres/migrations. Run: npm run db:migration:new -- <name>" >&2
    status=1
  fi
elif [ "${REQUIRE_POSTGRES:-}" = 1 ]; then
  echo "PostgreSQL: no server at $pg_url, and REQUIRE_POSTGRES=1. Start one: bash scripts/postgres-local.sh" >&2
  status=1
else
  echo "PostgreSQL: no server at $pg_url: its migrations were not checked (bash scripts/postgres-local.sh starts one)."
fi
exit $status
