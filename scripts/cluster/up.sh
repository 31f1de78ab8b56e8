#!/usr/bin/env bash
# Two app instances on one PostgreSQL database behind Debian's nginx, on loopback ports, for the cluster
# test (e2e/cluster/playwright.config.ts starts it; `bash scripts/cluster/up.sh 3500` by hand). nginx on
# $1, the instances on $1+1 and $1+2. Stops everything it started when it is stopped.
# CLUSTER_DATABASE_URL: the PostgreSQL database, recreated empty here, migrated, seeded, with the e2e test
# accounts (E2E_ACCOUNT_SECRET, e2e/auth.ts). The production build in $NEXT_DIST_DIR (.next-test) is reused,
# or made when a source is newer.
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${1:-3500}"
port_a=$((port + 1))
port_b=$((port + 2))
: "${CLUSTER_DATABASE_URL:?set CLUSTER_DATABASE_URL to a postgresql:// URL (its database is recreated)}"
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-test}" NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
prefix="$PWD/.tmp/cluster-nginx-$port"
mkdir -p .tmp

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 143' TERM INT

command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx-light)" >&2; exit 1; }
bash scripts/build-if-stale.sh
node_modules/.bin/tsx scripts/postgres-database.ts recreate "$CLUSTER_DATABASE_URL"
export DATABASE_URL="$CLUSTER_DATABASE_URL" APPLY_MIN_FILL_SECONDS=0
node_modules/.bin/prisma migrate deploy >/dev/null
node_modules/.bin/tsx prisma/seed/main.ts
node_modules/.bin/tsx e2e/support/test-accounts.ts

wait_for() { # url, pid of what should answer it
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "what should answer $1 has stopped" >&2; exit 1; }
    sleep 0.25
  done
  echo "nothing answers $1" >&2
  exit 1
}

# The instances: server.ts as `npm start` runs it, one after the other (the first start warms nothing the
# second needs; it only keeps their start-up logs apart). TRUST_PROXY=loopback: nginx is their only client.
for p in "$port_a" "$port_b"; do
  PORT="$p" NODE_ENV=production TRUST_PROXY=loopback SETUP_TOKEN_FILE=".tmp/cluster-setup-token-$p" RETENTION_SCHEDULE=off \
    node --disable-proto=delete --max-semi-space-size=32 --import tsx server.ts > ".tmp/cluster-instance-$p.log" 2>&1 &
  pids+=("$!")
  wait_for "http://127.0.0.1:$p/ar" "$!"
  echo "instance on $p (log .tmp/cluster-instance-$p.log)"
done

rm -rf "$prefix" && mkdir -p "$prefix"
sed -e "s|@PREFIX@|$prefix|g" -e "s|@PORT@|$port|g" -e "s|@PORT_A@|$port_a|g" -e "s|@PORT_B@|$port_b|g" \
  -e "s|@DIST@|$PWD/$NEXT_DIST_DIR|g" -e "s|@USER@|$(id -un)|g" -e "s|@GROUP@|$(id -gn)|g" scripts/cluster/nginx.conf.template > "$prefix/nginx.conf"
nginx -t -q -p "$prefix" -c "$prefix/nginx.conf" 2>&1 | grep -v '"user" directive makes sense only' >&2 || true
nginx -p "$prefix" -c "$prefix/nginx.conf" -g "daemon off;" &
pids+=("$!")
wait_for "http://127.0.0.1:$port/ar" "$!"
echo "nginx on $port in front of $port_a and $port_b"
wait -n "${pids[@]}" # one of them stopped: stop the rest (trap)
