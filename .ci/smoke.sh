#!/usr/bin/env bash
# Starts `npm start` on a fresh embedded database, sends one GraphQL request, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$(mktemp -d)
port=${SMOKE_PORT:-4400}
log=$(mktemp)
cleanup() {
  [ -n "${pid:-}" ] && kill -- -"$pid" 2>/dev/null || true
  rm -rf "$data_dir" "$log"
}
trap cleanup EXIT
set -m
env -u DATABASE_URL STEWARD_DATA_DIR="$data_dir" PORT="$port" IDENTITY_PORT=$((port + 1)) LOG_LEVEL=warn npm start >"$log" 2>&1 &
pid=$!
set +m
for _ in $(seq 1 300); do
  grep -q "Steward gateway:" "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "npm start exited early"; exit 1; }
  sleep 0.1
done
grep -q "Steward gateway: http://localhost:$port/graphql" "$log" || { cat "$log"; echo "no gateway URL printed"; exit 1; }
answer=$(curl -sS -X POST "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d '{"query":"{ me { id } }"}')
echo "smoke answer: $answer"
[ "$answer" = '{"data":{"me":null}}' ] || { cat "$log"; echo "unexpected answer"; exit 1; }
echo "smoke: ok"
