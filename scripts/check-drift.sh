#!/usr/bin/env bash
# Fails when the migrations no longer produce the schema's models (a forgotten migration).
set -euo pipefail
npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --exit-code >/dev/null \
  && echo "Migrations match prisma/schema.prisma." \
  || { echo "Drift: prisma/schema.prisma differs from prisma/migrations. Run: npm run db:migration:new -- <name>"; exit 1; }
