#!/usr/bin/env bash
# The server behind the end-to-end tests: production build, on a fresh SQLite file seeded like a first start.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/e2e.db .tmp/e2e.db-journal .tmp/e2e.db-wal .tmp/e2e.db-shm
export DATABASE_URL="file:./.tmp/e2e.db" PORT="${1:-3100}"
exec bash scripts/start.sh
