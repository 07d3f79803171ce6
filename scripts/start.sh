#!/usr/bin/env bash
# The one command that runs the app on a fresh machine: installs packages, then starts the dev server.
# Without DATABASE_URL it uses an embedded Postgres (data in .data/); without SMTP_URL mail shows at /dev/mailbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NEXT_TELEMETRY_DISABLED=1
exec npx tsx scripts/dev.ts
