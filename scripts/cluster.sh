#!/usr/bin/env bash
# npm run cluster: the production shape on one machine, to try it. Two app servers (one
# build, the same secrets) on the local Postgres server and Redis, nginx in front as load
# balancer and cache (deploy/nginx.conf). Ctrl-C stops all three.
#
#   DATABASE_URL  the database (created, migrated and seeded if new); default: a database
#                 "tracker_cluster" on the local server
#   REDIS_URL     default redis://127.0.0.1:6379/1; empty: none (each server caches alone)
#   CLUSTER_PORT  nginx's port (8080); the app servers listen on the next two
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
dir="$PWD/.cluster"
port="${CLUSTER_PORT:-8080}"
app_ports=("$((port + 1))" "$((port + 2))")
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/tracker_cluster}"
# Set but empty: no Redis, each server with its own page cache (as bench:cluster compares).
export REDIS_URL="${REDIS_URL-redis://127.0.0.1:6379/1}"

bash scripts/ensure-nginx.sh
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
if [ ! -f .next/BUILD_ID ]; then npx next build; fi

# nginx's workers (another user when it starts as root) make their cache and temporary folders.
mkdir -p "$dir/nginx/logs" "$dir/nginx/tmp"
# The secrets every server must share, made once and kept (mode 600) for the next start.
if [ ! -f "$dir/secrets.env" ]; then
  umask 077
  node -e 'const r=()=>require("crypto").randomBytes(32).toString("base64");
    console.log(`AUTH_SECRET=${r()}\nNEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${r()}`)' > "$dir/secrets.env"
fi
set -a
# shellcheck disable=SC1091
. "$dir/secrets.env"
set +a

# A new database is created, migrated and seeded; an existing one is left as it is.
npx tsx scripts/cluster-db.ts
npm run --silent db:seed
npx tsx scripts/demo-users.ts --local-server

pids=()
stop() {
  "$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s quit 2> /dev/null || true
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
}
trap stop EXIT INT TERM

upstreams=""
for p in "${app_ports[@]}"; do
  # One hop in front (nginx): the reader's address is the last one it appends.
  # The next binary itself, not npx: a signal to npx would leave the server running.
  TRUSTED_PROXY_HOPS=1 node_modules/.bin/next start -p "$p" > "$dir/app-$p.log" 2>&1 &
  pids+=("$!")
  upstreams+="    server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"$'\n'
done
# CLUSTER_HTTP_EXTRA: more of nginx's http block (bench:cluster adds a static server).
sed -e "s|@PREFIX@|$dir/nginx|g" -e "s|@LISTEN@|127.0.0.1:$port|g" \
  -e "s|# @HTTP_OVERRIDES@.*|${CLUSTER_HTTP_EXTRA:-}|" \
  -e "/@UPSTREAMS@/{r /dev/stdin" -e "d}" deploy/nginx.conf <<< "$upstreams" > "$dir/nginx/nginx.conf"
for p in "${app_ports[@]}"; do
  for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$p/api/health" > /dev/null 2>&1 && break; sleep 1; done
done
"$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
echo
echo "Through nginx: http://127.0.0.1:$port/   (app servers on ${app_ports[*]}; logs in .cluster/)"
wait "${pids[@]}"
