#!/usr/bin/env bash
# The server behind the end-to-end tests: production build, on a fresh database seeded like a first start,
# plus this run's test accounts (e2e/first-run.spec.ts starts a truly fresh server of its own).
# E2E_DATABASE_URL (set by playwright.config.ts): a SQLite file (.tmp/e2e-PORT.db) or a PostgreSQL
# database (E2E_DATABASE=postgres), recreated empty here.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${E2E_DATABASE_URL:-file:./.tmp/e2e-${1:-3100}.db}"
case "$url" in
  file:*)
    file="${url#file:}"
    mkdir -p "$(dirname "$file")"
    rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
    ;;
  postgres://*|postgresql://*) node_modules/.bin/tsx scripts/postgres-database.ts recreate "$url" ;;
  *) echo "E2E_DATABASE_URL must be a file: or postgresql:// URL" >&2; exit 2 ;;
esac
export DATABASE_URL="$url" PORT="${1:-3100}"
# The application form refuses a submission made less than APPLY_MIN_FILL_SECONDS after it was served (3 s
# by default, against robots); the specs fill it faster than people do.
export APPLY_MIN_FILL_SECONDS="${APPLY_MIN_FILL_SECONDS:-0}"
export SETUP_TOKEN_FILE="${SETUP_TOKEN_FILE:-.tmp/e2e-setup-token-$PORT}" # never the real data/setup-token
# The test accounts of e2e/auth.ts (this run's random passwords) on the seeded database; start.sh then finds
# it seeded and an administrator present, so it prints no setup token.
node_modules/.bin/prisma migrate deploy
node_modules/.bin/tsx prisma/seed/main.ts
node_modules/.bin/tsx e2e/support/test-accounts.ts
exec bash scripts/start.sh
