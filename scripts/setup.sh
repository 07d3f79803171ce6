#!/usr/bin/env bash
# Installs the project's npm packages (and generates the Prisma client). Shared by start.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node.js 20.19 or newer is needed (found "+process.versions.node+")."); process.exit(1) }'
# `npm ci` rejects lockfiles made on Linux-only registries (no darwin binaries), so install from the lockfile.
npm install --no-audit --no-fund --loglevel=error
