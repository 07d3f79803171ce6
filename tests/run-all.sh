#!/usr/bin/env bash
# Every test, as `npm test` (after `npm install`) and CI run it: installs the system parts that are missing
# (Chromium and poppler-utils from apt, the local Postgres started), then static checks, unit tests, integration
# tests on real Postgres, `next build`, the security proofs (npm run test:security), and the end-to-end tests in
# Debian's Chromium against `next start`.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
# Reports for the closing summary (not under test-results/, which Playwright empties when it starts).
RESULTS=$(mktemp -d)
# Whatever happens, end with one "N passed, N failed" line.
trap 'npx tsx tests/support/summarize-test-results.ts "$RESULTS"' EXIT

step "System packages and database"
bash tests/support/install-system-packages.sh
bash tests/support/ensure-postgres.sh postgres

step "Static checks (types, lint, formatting)"
npm run --silent validate

step "Unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$RESULTS/unit.json"

step "Integration tests (real Postgres)"
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$RESULTS/integration.json"

step "Production build"
# Pages are all rendered on request, so the build never queries this database; it needs a valid URL only.
DATABASE_URL="$(npx tsx tests/support/test-env.ts e2e-url)" npx next build

step "Security proofs (npm run test:security: real Postgres, real SMTP, the production build)"
npx vitest run --project security --reporter=default --reporter=json --outputFile.json="$RESULTS/security.json"

step "End-to-end tests (Chromium against next start)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" npx playwright test --reporter=list,json
