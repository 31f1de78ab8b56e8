#!/usr/bin/env bash
# `npm run test:e2e`: the production app built into .next-test (never .next, which an `npm start` of this folder
# may be serving; a build empties its directory first), rebuilt only when a source is newer than that build,
# then the Playwright specs in Chromium for ar and fr. The servers the specs start read the same directory
# (NEXT_DIST_DIR is inherited by playwright's webServer, scripts/e2e-server.sh and scripts/start.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-test}"
bash scripts/build-if-stale.sh
exec node_modules/.bin/playwright test "$@"
