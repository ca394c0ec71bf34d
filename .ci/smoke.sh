#!/usr/bin/env bash
# Starts `npm start` on a fresh embedded database, sends one GraphQL request, then stops it with
# SIGTERM and checks that it drains and exits cleanly. Then starts it again (node with the tsx loader) and sends
# SIGTERM twice (as `timeout` or a double Ctrl-C does): the repeat must not cut the drain short.
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
# Every subgraph of schema/supergraph.yaml on the ports after the gateway's (<NAME>_PORT, as its descriptor names it).
subgraph_ports=()
offset=1
for name in $(grep -o 'name: [a-z_0-9]*' schema/supergraph.yaml | cut -d' ' -f2); do
  subgraph_ports+=("$(echo "$name" | tr '[:lower:]' '[:upper:]')_PORT=$((port + offset))")
  offset=$((offset + 1))
done

# Starts "$@" in its own process group on the embedded database and the smoke ports, logging to
# $log, and waits (30 s at most) until it prints the gateway URL.
start_steward() {
  set -m
  env -u DATABASE_URL STEWARD_DATA_DIR="$data_dir" PORT="$port" "${subgraph_ports[@]}" LOG_LEVEL=info "$@" >"$log" 2>&1 &
  pid=$!
  set +m
  for _ in $(seq 1 300); do
    grep -q "Steward gateway:" "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "$* exited early"; exit 1; }
    sleep 0.1
  done
  grep -q "Steward gateway: http://localhost:$port/graphql" "$log" || { cat "$log"; echo "$*: no gateway URL printed"; exit 1; }
}

start_steward npm start
answer=$(curl -sS -X POST "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d '{"query":"{ me { id } }"}')
echo "smoke answer: $answer"
[ "$answer" = '{"data":{"me":null}}' ] || { cat "$log"; echo "unexpected answer"; exit 1; }
# The console: npm start builds it at start when missing or stale; the page waits for that build.
console_page=$(curl -sS --max-time 120 -H 'accept: text/html' "http://127.0.0.1:$port/console")
echo "$console_page" | grep -q '/console/assets/' || { cat "$log"; echo "no console page at /console"; exit 1; }
grep -q '"msg":"Console built"\|"msg":"Console build found"' "$log" || { cat "$log"; echo "the console build was not logged"; exit 1; }

# Graceful shutdown: SIGTERM to the whole process group (as tini -g does in the container); every
# process must be gone within 20 s, with the drain logged and no error. npm itself reports the
# signal (143), so the check reads Steward's own log rather than npm's status. npm 11 exits at once on
# SIGTERM without waiting for its child, so the wait is for the whole process group, not npm alone.
kill -TERM -- -"$pid"
for _ in $(seq 1 200); do
  kill -0 -- -"$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 -- -"$pid" 2>/dev/null; then cat "$log"; echo "still running 20 s after SIGTERM"; exit 1; fi
pid=
grep -q '"msg":"Shutting down (signal=SIGTERM)"' "$log" || { cat "$log"; echo "no graceful shutdown logged"; exit 1; }
if grep -q '"level":[56]0' "$log"; then cat "$log"; echo "errors logged while stopping"; exit 1; fi

# A repeated SIGTERM during the drain. Node runs with tsx as its loader, without npm (which reports
# the signal itself) and without the tsx CLI's parent process (whose signal relay races when signals
# come within 30 ms of each other), so the exit status is the process's own: 0 after a full drain,
# 143 when the repeated signal found no listener and killed it mid-drain.
start_steward node --import tsx standalone/src/main.ts
# A request whose body never finishes holds the gateway's drain open (it waits for requests in
# flight), so the repeat surely arrives mid-drain; closing the connection then lets the drain end.
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{"query":' >&3
sleep 0.2
kill -TERM "$pid"
wait_for_log() {
  for _ in $(seq 1 400); do
    grep -q "$1" "$log" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
wait_for_log '"msg":"Shutting down (signal=SIGTERM)"' || { cat "$log"; echo "no graceful shutdown logged after the first SIGTERM"; exit 1; }
kill -TERM "$pid" 2>/dev/null || true
wait_for_log '"msg":"Already shutting down, ignoring the repeated signal (signal=SIGTERM)"' || true
exec 3>&-
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 0 ] || { cat "$log"; echo "exit status $status after a repeated SIGTERM (expected 0)"; exit 1; }
grep -q '"msg":"Shutting down (signal=SIGTERM)"' "$log" || { cat "$log"; echo "no graceful shutdown logged"; exit 1; }
grep -q '"msg":"Already shutting down, ignoring the repeated signal (signal=SIGTERM)"' "$log" || { cat "$log"; echo "the repeated SIGTERM was not logged as ignored"; exit 1; }
if grep -q '"level":[56]0' "$log"; then cat "$log"; echo "errors logged while stopping after a repeated SIGTERM"; exit 1; fi
echo "smoke: ok"
