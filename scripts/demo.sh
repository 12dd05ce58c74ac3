#!/usr/bin/env bash
# npm run demo: install, build and start the app on the embedded database (seeded with
# the October 2021 report on first start), with demo staff accounts whose logins it
# prints. Needs nothing but Node.js.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
unset DATABASE_URL
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
npx next build
# A secret for this run's sessions unless one is given: signing in again after a restart is the price.
export AUTH_SECRET="${AUTH_SECRET:-$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))')}"
port="${PORT:-3000}"
# A line per request (LOG_LEVEL=info, the production default) would bury the links below.
export LOG_LEVEL="${LOG_LEVEL:-warn}"
echo
npx tsx scripts/demo-users.ts
echo "Public report: http://localhost:${port}/    Staff sign-in: http://localhost:${port}/login"
echo "(embedded database in ${DATA_DIR:-.data})"
echo
exec npx next start -p "$port"
