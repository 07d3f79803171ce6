#!/usr/bin/env bash
# Every test, as `npm test` (after `npm install`) and CI run it: installs the system parts that are missing
# (Chromium and poppler-utils from apt, the local Postgres started), then static checks, unit tests, integration
# tests on real Postgres, `next build`, the security proofs (npm run test:security), and the end-to-end tests in
# Debian's Chromium against `next start`.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Each stage's wall time goes to $RESULTS/stages.tsv (name, seconds, outcome, report name); the closing summary prints
# them with the total and keeps them in .test-timings.json (npm run bench prints the last run's).
RUN_START=$(date +%s%N)
STAGE="" STAGE_REPORT="" STAGE_START=0
end_stage() {
  [[ -n "$STAGE" ]] || return 0
  local seconds
  seconds=$(awk -v ns=$(($(date +%s%N) - STAGE_START)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  printf '%s\t%s\t%s\t%s\n' "$STAGE" "$seconds" "$1" "$STAGE_REPORT" >>"$RESULTS/stages.tsv"
  STAGE=""
}
# step "<title>" [<short name> [<report name>]]: the short name labels the stage in the timings.
step() {
  end_stage passed
  STAGE="${2:-$1}" STAGE_REPORT="${3:-}" STAGE_START=$(date +%s%N)
  printf '\n\033[1m== %s ==\033[0m\n' "$1"
}
# Reports for the closing summary (not under test-results/, which Playwright empties when it starts).
RESULTS=$(mktemp -d)
# Whatever happens, end with one "N passed, N failed" line and the stage times.
finish() {
  local status=$?
  if ((status == 0)); then end_stage passed; else end_stage failed; fi
  npx tsx tests/support/summarize-test-results.ts "$RESULTS" "$status" \
    "$(awk -v ns=$(($(date +%s%N) - RUN_START)) 'BEGIN { printf "%.1f", ns / 1e9 }')"
}
trap finish EXIT

step "System packages and database" setup
bash tests/support/install-system-packages.sh
bash tests/support/ensure-postgres.sh postgres

step "Static checks (types, lint, formatting)" validate
# npm run validate, its three checks side by side (lint alone took as long as the type check, so lint and then the
# formatting check on one core left the other idle for the formatting check's time). ESLint and Prettier keep caches
# under node_modules/.cache keyed by file contents, so a second run rechecks only changed files; a fresh clone (CI)
# has none and checks everything. tsc is incremental already (tsconfig.json).
npm run --silent typecheck >"$RESULTS/typecheck.log" 2>&1 &
typecheck=$!
npm run --silent format:check -- --cache --cache-strategy content >"$RESULTS/format.log" 2>&1 &
format=$!
checks_status=0
npm run --silent lint -- --cache --cache-strategy content --cache-location node_modules/.cache/eslint/ ||
  checks_status=$?
wait "$format" || checks_status=$?
wait "$typecheck" || checks_status=$?
cat "$RESULTS/format.log" "$RESULTS/typecheck.log"
((checks_status == 0))

step "Unit tests" unit unit
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$RESULTS/unit.json"

step "Integration tests (real Postgres)" integration integration
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$RESULTS/integration.json"

step "Production build" build
# Pages are all rendered on request, so the build never queries this database; it needs a valid URL only. The
# static checks above type-checked the same files (and Next's route types), so the build does not again.
BUILD_TYPES_CHECKED=1 DATABASE_URL="$(npx tsx tests/support/test-env.ts e2e-url)" npx next build

step "Security proofs (npm run test:security: real Postgres, real SMTP, the production build)" security security
npx vitest run --project security --reporter=default --reporter=json --outputFile.json="$RESULTS/security.json"

step "End-to-end tests (Chromium against next start)" e2e e2e
PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" npx playwright test --reporter=list,json
