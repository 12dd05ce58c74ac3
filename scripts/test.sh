#!/usr/bin/env bash
# npm test: every check, on a fresh machine too. Lint and types, integration tests on
# PGlite (and on the Postgres server when DATABASE_URL is set), a production build, then
# Playwright against that build on a fresh, seeded database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
bash scripts/ensure-chromium.sh

started=$(date +%s)
step() { echo; echo "== [$(( $(date +%s) - started ))s] $*"; }

step "lint and types"
# Two single-threaded checks, side by side; both must pass.
npx tsc --noEmit & types=$!
lint_status=0; npm run --silent lint || lint_status=$?
wait "$types"
[ "$lint_status" -eq 0 ]

step "production build"
TYPES_CHECKED=1 npx next build

# The cluster tests (two app servers and nginx on the Postgres server and Redis) need both
# services; they mostly wait, so they run beside the integration tests.
cluster=""
cluster_log=$(mktemp "${TMPDIR:-/tmp}/tracker-cluster.XXXXXX")
if [ -n "${DATABASE_URL:-}" ] && [ -n "${REDIS_URL:-}" ]; then
  step "integration tests, and the cluster tests beside them"
  bash scripts/ensure-nginx.sh
  npx playwright test -c playwright.cluster.config.ts > "$cluster_log" 2>&1 &
  cluster=$!
else
  step "integration tests (the cluster tests need DATABASE_URL and REDIS_URL)"
fi
vitest_status=0
npx vitest run || vitest_status=$?
cluster_status=0
if [ -n "$cluster" ]; then
  wait "$cluster" || cluster_status=$?
  echo; echo "-- cluster tests"; cat "$cluster_log"
fi
rm -f "$cluster_log"
# Not `[ … ] && [ … ]`: under set -e a failure before the last command of an && list does
# not stop the script, and a red integration run would have gone on to pass.
if [ "$vitest_status" -ne 0 ] || [ "$cluster_status" -ne 0 ]; then
  echo "integration tests: exit $vitest_status; cluster tests: exit $cluster_status" >&2
  exit 1
fi

step "end-to-end tests"
e2e_dir=$(mktemp -d "${TMPDIR:-/tmp}/tracker-e2e.XXXXXX")
e2e_db=""
e2e_app=""
cleanup() {
  rm -rf "$e2e_dir"
  if [ -n "$e2e_db" ]; then npx tsx scripts/test-db.ts drop "$e2e_db" ${e2e_app:+"$e2e_app"} >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
if [ -n "${DATABASE_URL:-}" ]; then
  # A database of its own on the server, seeded explicitly (a server is never seeded by itself)
  # by its owner. The server, and the accounts below, run as a role of their own that may
  # only read and write rows, as in production: seeding through MIGRATION_DATABASE_URL
  # grants it that; the server started without one checks the schema instead of migrating.
  e2e_db=$(npx tsx scripts/test-db.ts create)
  e2e_app=$(npx tsx scripts/test-db.ts app-role "$e2e_db")
  DATABASE_URL="$e2e_app" MIGRATION_DATABASE_URL="$e2e_db" npm run --silent db:seed
  export E2E_DATABASE_URL="$e2e_app"
else
  export E2E_DATA_DIR="$e2e_dir/data"
fi
# One account per role, with a password made for this run only.
E2E_PASSWORD=$(node -e 'process.stdout.write(require("crypto").randomBytes(18).toString("base64url"))')
export E2E_PASSWORD
while IFS='|' read -r email name role areas; do
  USER_PASSWORD="$E2E_PASSWORD" DATABASE_URL="${E2E_DATABASE_URL:-}" MIGRATION_DATABASE_URL= DATA_DIR="${E2E_DATA_DIR:-.data}" \
    npx tsx scripts/user-add.ts --email "$email" --name "$name" --role "$role" ${areas:+--areas "$areas"} >/dev/null
done < e2e/accounts.txt
npx playwright test
step "all tests passed"
