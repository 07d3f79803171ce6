#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from the production build, as the end-to-end tests
# run it: `next build`, then tests/screenshots/capture.ts against `next start` on a freshly prepared database.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# Pages are all rendered on request, so the build never queries this database; it needs a valid URL only.
DATABASE_URL="$(npx tsx tests/support/test-env.ts e2e-url)" npx next build
npx playwright test --config tests/screenshots/playwright.config.ts
