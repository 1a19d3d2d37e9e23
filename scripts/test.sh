#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs the npm dependencies and, when missing,
# Debian's Chromium and pdftotext for the browser tests; then format → types → lint → unit → build → browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund

# Debian's packages the browser tests drive: Chromium, and poppler's pdftotext for the printed report.
missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the browser tests…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

npm run check
