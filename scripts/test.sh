#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs the npm dependencies and, when missing,
# Debian's Chromium for the browser tests; then format → types → lint → unit → build → browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund

if ! command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

npm run check
