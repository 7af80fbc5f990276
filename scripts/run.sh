#!/usr/bin/env bash
# Starts the action server and the Rasa server in the foreground; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
# Closed by default: both servers listen on this machine only. Set WERKSTRESS_BIND=0.0.0.0
# (or one address) to listen elsewhere, behind a reverse proxy with TLS.
BIND=${WERKSTRESS_BIND:-127.0.0.1}
BIN=.venv/bin
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 PYTHONWARNINGS=ignore

for port in "$RASA_PORT" "$ACTIONS_PORT"; do
  if ! "$BIN/python" scripts/port_free.py "$port"; then
    echo "error: port $port is already in use. Stop the program that uses it, or start with" >&2
    echo "       RASA_PORT=... ACTIONS_PORT=... make run" >&2
    exit 1
  fi
done

if [ "${WERKSTRESS_ENABLE_API:-0}" = 1 ] && [ "${#WERKSTRESS_API_TOKEN}" -lt 24 ]; then
  echo "error: WERKSTRESS_ENABLE_API=1 needs a token of at least 24 characters in WERKSTRESS_API_TOKEN" >&2
  exit 1
fi

mkdir -p .data
pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  pkill -f "rasa run actions --port $ACTIONS_PORT" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

# WERKSTRESS_ENDPOINTS: another endpoints file (the benchmark's own database, the cluster's).
endpoints=${WERKSTRESS_ENDPOINTS:-endpoints.yml}
if [ "$ACTIONS_PORT" != 5055 ]; then
  sed "s#localhost:5055#localhost:$ACTIONS_PORT#" "$endpoints" > ".data/endpoints-$ACTIONS_PORT.yml"
  endpoints=.data/endpoints-$ACTIONS_PORT.yml
fi
"$BIN/python" scripts/preflight.py "$endpoints" || exit 1

echo "==> Starting the action server on port $ACTIONS_PORT"
# rasa-sdk binds to SANIC_HOST (0.0.0.0 unless told otherwise); only Rasa needs to reach it.
# Restarted when it stops; meanwhile the REST channel answers with a Dutch apology.
(
  while true; do
    SANIC_HOST=127.0.0.1 "$BIN/rasa" run actions --port "$ACTIONS_PORT" || true
    echo "==> The action server stopped; restarting it in 2 s" >&2
    sleep 2
  done
) &
pids+=($!)

echo "==> Starting Rasa on port $RASA_PORT"
# No HTTP API (conversations, events, model) unless WERKSTRESS_ENABLE_API=1 with a token in
# WERKSTRESS_API_TOKEN, and CORS only for WERKSTRESS_ALLOWED_ORIGINS (see scripts/serve.py).
WERKSTRESS_BIND="$BIND" "$BIN/python" scripts/serve.py --port "$RASA_PORT" --model models/werkstress.tar.gz \
  --endpoints "$endpoints" --credentials credentials.yml &
pids+=($!)

"$BIN/python" scripts/wait_ready.py "$RASA_PORT" "$ACTIONS_PORT" && {
  echo "==> Ready. Chat over REST:"
  echo "    curl -s -X POST http://localhost:$RASA_PORT/webhooks/rest/webhook -H 'Content-Type: application/json' -d '{\"sender\": \"u1\", \"message\": \"Hallo\"}'"
  echo "Web widget demo: http://localhost:$RASA_PORT/webchat/demo"
  if [ -n "${TEAMS_APP_ID:-}" ]; then echo "    Microsoft Teams: POST /webhooks/teams/webhook (reach it over HTTPS, see README)"; fi
  echo "    Stop with Ctrl-C."
}
wait -n "${pids[@]}"
