#!/usr/bin/env bash
# Start N Streamlit replicas on loopback behind nginx (sticky sessions + websockets), optionally run the
# load test through the proxy, then stop everything.   Usage: deploy/scale_out.sh [replicas] [--load-test]
# Needs Debian's nginx (apt-get install nginx-light). Everything listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
REPLICAS=${1:-2}
PY=${PY:-.venv/bin/python}
PROXY_PORT=${PROXY_PORT:-8600}
FIRST_PORT=${FIRST_PORT:-8610}
RUN_DIR=$(mktemp -d /tmp/klyngekvalitet-deploy.XXXXXX)
pids=()

cleanup() {
  [ -f "$RUN_DIR/nginx.pid" ] && kill "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap "exit 130" INT TERM  # so that Ctrl-C or kill runs cleanup (bash skips EXIT traps on a fatal signal)

UPSTREAMS=""
for i in $(seq 0 $((REPLICAS - 1))); do
  port=$((FIRST_PORT + i))
  "$PY" -m src.ui.serve --server.port "$port" --server.address 127.0.0.1 --server.headless true \
    > "$RUN_DIR/replica-$i.log" 2>&1 &
  pids+=($!)
  UPSTREAMS+="        server 127.0.0.1:${port};"$'\n'
done

for i in $(seq 0 $((REPLICAS - 1))); do
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$((FIRST_PORT + i))/_stcore/health" >/dev/null && break
    sleep 0.5
  done
done

mkdir -p "$RUN_DIR"/{client_body,proxy,fastcgi,uwsgi,scgi}
# Security headers: the hashes of the app's inline scripts; who may frame the chart-alone view (embeds).
# Rate limit: keyed on the client's address (behind another proxy, e.g. '$http_x_forwarded_for': deploy/README.md).
SCRIPT_HASHES=$("$PY" -m src.ui.csp)
EMBED_FRAME_ANCESTORS=${EMBED_FRAME_ANCESTORS:-*}
LIMIT_KEY=${LIMIT_KEY:-'$binary_remote_addr'}
export RUN_DIR PROXY_PORT UPSTREAMS SCRIPT_HASHES EMBED_FRAME_ANCESTORS LIMIT_KEY
# The template with the rules shared with the static host and Kubernetes (deploy/nginx/) put in.
"$PY" -m deploy.render_nginx proxy > "$RUN_DIR/nginx.conf"
nginx -c "$RUN_DIR/nginx.conf"
curl -fs "http://127.0.0.1:${PROXY_PORT}/_stcore/health" >/dev/null
echo "Klyngekvalitet: ${REPLICAS} replicas behind http://127.0.0.1:${PROXY_PORT}"

if [ "${2:-}" = "--load-test" ]; then
  # The load test reads server memory from one process: report the first replica's.
  "$PY" -m bench.load_test --url "http://127.0.0.1:${PROXY_PORT}" --pid "${pids[0]}"
else
  echo "Press Ctrl-C to stop."
  wait
fi
