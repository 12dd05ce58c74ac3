#!/usr/bin/env bash
# npm run demo: install, build and start the app on the embedded database (seeded with
# the October 2021 report on first start). Needs nothing but Node.js.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
npx next build
port="${PORT:-3000}"
echo "Starting on http://localhost:${port} (embedded database in ${DATA_DIR:-.data})"
echo "Staff accounts: none yet — public report pages only."
DATABASE_URL= exec npx next start -p "$port"
