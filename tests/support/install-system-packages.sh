#!/usr/bin/env bash
# Chromium for the end-to-end tests and poppler-utils (pdftotext) for PDF tests, from Debian's packages.
# Never a downloaded browser: nothing outside the npm registry and apt is reachable here.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Please install: ${missing[*]} (apt-get install -y ${missing[*]})" >&2; exit 1; }
  SUDO="sudo"
fi
echo "Installing ${missing[*]} from apt…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
