#!/usr/bin/env bash
# Builds the production app into $NEXT_DIST_DIR (default .next; the tests use .next-test) unless its BUILD_ID
# is newer than every source, so `npm start`, both end-to-end passes and both reliability runs of CI share
# one build. scripts/reliability-server.ts applies the same rule from TypeScript.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
dist="${NEXT_DIST_DIR:-.next}"
stale=$(find app components lib messages next.config.ts package.json postcss.config.mjs proxy.ts \
  -newer "$dist/BUILD_ID" -type f -not -path 'lib/generated/*' -print -quit 2>/dev/null || echo missing)
if [ ! -f "$dist/BUILD_ID" ] || [ -n "$stale" ]; then
  echo "Building the app into $dist..."
  NEXT_DIST_DIR="$dist" node_modules/.bin/next build
else
  echo "Reusing the build in $dist (no source is newer)."
fi
