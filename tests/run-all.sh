#!/usr/bin/env bash
# The one command that runs every test on a fresh machine (and in CI): installs what is needed, then
# static checks, unit tests, integration tests on the local Postgres, `next build`, and the end-to-end tests
# in Debian's Chromium against `next start`.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "Install"
bash scripts/setup.sh
bash scripts/install-system-packages.sh
bash scripts/ensure-postgres.sh postgres

step "Static checks (types, lint, formatting)"
npm run --silent validate

step "Unit tests"
npx vitest run --project unit

step "Integration tests (real Postgres)"
npx vitest run --project integration

step "Production build"
E2E_DATABASE_URL=$(npx tsx -e 'import("./tests/support/test-env.ts").then(m => console.log(m.E2E_DATABASE_URL))')
DATABASE_URL="$E2E_DATABASE_URL" npx next build

step "End-to-end tests (Chromium against next start)"
npx playwright test

step "All tests passed"
