#!/usr/bin/env bash
# `npm start`: builds when the sources changed since the last build, applies migrations, seeds an empty
# database, prints the first-run setup token while no administrator exists (scripts/first-run.ts), then
# serves on $PORT (3000). Safe to run again at any time. No account is ever created with a known password.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
if [ -f .env ]; then set -a; . ./.env; set +a; fi
export DATABASE_URL="${DATABASE_URL:-file:./data/indh.db}"
export PORT="${PORT:-3000}" # read by server.ts and, for the links it prints, by scripts/first-run.ts
port="$PORT"

bash scripts/build-if-stale.sh # into $NEXT_DIST_DIR: .next, or .next-test under the tests

case "$DATABASE_URL" in file:*) mkdir -p "$(dirname "${DATABASE_URL#file:}")" ;; esac
# Prisma's own report (config notices, a warning that the schema's url is unused with a driver adapter, which
# Prisma 6 still requires) only when it fails; otherwise one line says what was applied.
if ! migrate_output=$(node_modules/.bin/prisma migrate deploy 2>&1); then
  echo "$migrate_output" >&2
  exit 1
fi
applied=$(grep -c '└─ [0-9]' <<<"$migrate_output" || true)
echo "Database migrations up to date (${applied} applied now)." # never the URL: it may hold a password
if node_modules/.bin/tsx scripts/db-is-empty.ts; then
  echo "Empty database: loading the seed."
  node_modules/.bin/tsx prisma/seed/main.ts
elif [ "${DEMO_ACCOUNTS:-}" = "true" ]; then
  node_modules/.bin/tsx prisma/seed/main.ts # idempotent: only creates the demo accounts that are missing
fi
node_modules/.bin/tsx --conditions=react-server scripts/first-run.ts

# server.ts: Next behind the public pages' cache (what `next start` does, plus that cache).
# --disable-proto=delete (also scripts/server-node-flags.ts, for the servers the tests start): no
# `obj.__proto__` accessor in the process, so a key named "__proto__" that reaches an object somewhere can no
# longer reach Object.prototype (defence in depth, finding 1).
# --max-semi-space-size=32: fewer garbage collections per page rendered (the reason and the figures are in
# scripts/server-node-flags.ts).
PORT="$port" NODE_ENV=production exec node --disable-proto=delete --max-semi-space-size=32 --import tsx server.ts
