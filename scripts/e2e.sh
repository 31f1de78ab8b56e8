#!/usr/bin/env bash
# `npm run test:e2e`: builds the production app, then runs the Playwright specs in Chromium for ar and fr.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
node_modules/.bin/next build
exec node_modules/.bin/playwright test "$@"
