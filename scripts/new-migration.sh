#!/usr/bin/env bash
# Writes the next migration from the difference between the existing migrations and the schema.
# (`prisma migrate dev` is unreliable offline with the JS engine; see ../shared/STACK.md.)
# Usage: npm run db:migration:new -- <name>
set -euo pipefail
name=${1:?usage: npm run db:migration:new -- <name>}
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p prisma/migrations
[ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml
sql=$(npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --script)
if ! grep -qv '^--' <<<"$sql" || [ -z "$(grep -v '^--' <<<"$sql" | tr -d '[:space:]')" ]; then
  echo "No schema change: no migration written."; exit 0
fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
echo "Wrote $dir/migration.sql"
