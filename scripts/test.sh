#!/usr/bin/env bash
# `npm test`: every check on SQLite. The quick checks (catalogues and unit tests, migration drift, types) run
# side by side; then the integration tests against real SQLite files; then the end-to-end tests in Chromium
# (production build in .next-test, reused when no source changed). With TEST_ALSO_POSTGRES=1 (CI) the
# integration tests run on PostgreSQL too, beside the SQLite ones (separate databases, one phase less), and
# the end-to-end specs run in Arabic on SQLite and in French on PostgreSQL: every spec meets both languages
# and both databases, in one pass of the specs per language. A spec's queries, transactions and constraints
# are the same in both languages, and its language checks (messages, formats, direction, layout) the same on
# both databases; running every spec in both languages on both databases took a third pass on a 2-core
# machine (`npm run test:pg` still does all of it on PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/phases.sh
source scripts/phases.sh
trap 'phase_report "npm test: phase durations"' EXIT

phase "i18n + unit, drift, typecheck side by side" side_by_side \
  "npm run test:i18n && npm run test:unit" "npm run db:drift" "npm run typecheck"
if [ "${TEST_ALSO_POSTGRES:-}" = 1 ]; then
  phase "integration, SQLite and PostgreSQL side by side" side_by_side \
    "npm run test:integration" "npm run test:integration:pg"
else
  phase "integration (SQLite)" npm run test:integration
fi
if [ "${TEST_ALSO_POSTGRES:-}" = 1 ]; then
  phase "e2e, Arabic on SQLite" npm run test:e2e -- --project=ar
  phase "e2e, French on PostgreSQL" npm run test:e2e:pg -- --project=fr
else
  phase "e2e (SQLite, ar and fr)" npm run test:e2e
fi
