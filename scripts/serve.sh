#!/usr/bin/env bash
# Serves the app for development on http://127.0.0.1:5173/ (Vite prints the URL), installing the
# npm dependencies first on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
exec npx vite --host 127.0.0.1 --port "${PORT:-5173}"
