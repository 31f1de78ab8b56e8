#!/usr/bin/env bash
# Fails when the migrations no longer produce the schema's models (a forgotten migration).
set -euo pipefail
cd "$(dirname "$0")/.."
# The diff replays migrations on a throw-away shadow file; it never needs the app's database.
export DATABASE_URL="file:$(mktemp -u -t drift-XXXXXX.db)"
if node_modules/.bin/prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --exit-code >/dev/null 2>&1; then
  echo "Migrations match prisma/schema.prisma."
else
  echo "Drift: prisma/schema.prisma differs from prisma/migrations. Run: npm run db:migration:new -- <name>" >&2
  exit 1
fi
