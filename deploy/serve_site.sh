#!/usr/bin/env bash
# The static edition at http://127.0.0.1:PORT/ and the app at http://127.0.0.1:PORT/app/, behind one nginx.
# Builds site/ for that address first (unless --no-build), then serves until Ctrl-C.
# Usage: deploy/serve_site.sh [--no-build]      Needs Debian's nginx (apt-get install nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
PROXY_PORT=${PROXY_PORT:-8700}
APP_PORT=${APP_PORT:-8710}
APP_NAME=${APP_NAME:-app}
export KLYNGEKVALITET_SITE_URL=${KLYNGEKVALITET_SITE_URL:-http://127.0.0.1:${PROXY_PORT}}
export KLYNGEKVALITET_BASE_URL=${KLYNGEKVALITET_BASE_URL:-${KLYNGEKVALITET_SITE_URL}/${APP_NAME}}
RUN_DIR=$(mktemp -d /tmp/klyngekvalitet-site.XXXXXX)
app_pid=""

cleanup() {
  [ -f "$RUN_DIR/nginx.pid" ] && kill "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$RUN_DIR"
}
trap cleanup EXIT
trap "exit 130" INT TERM  # so that Ctrl-C or kill runs cleanup (bash skips EXIT traps on a fatal signal)

[ "${1:-}" = "--no-build" ] || "$PY" -m src.site
"$PY" -m src.ui.serve --server.port "$APP_PORT" --server.address 127.0.0.1 --server.headless true \
  --server.baseUrlPath "$APP_NAME" > "$RUN_DIR/app.log" 2>&1 &
app_pid=$!

mkdir -p "$RUN_DIR"/{client_body,proxy,fastcgi,uwsgi,scgi}
export RUN_DIR PROXY_PORT APP_PORT APP_NAME APP_PATH="/${APP_NAME}" SITE_DIR="$PWD/site"
envsubst '${RUN_DIR} ${PROXY_PORT} ${APP_PORT} ${APP_NAME} ${APP_PATH} ${SITE_DIR}' \
  < deploy/site.nginx.conf.template > "$RUN_DIR/nginx.conf"
nginx -c "$RUN_DIR/nginx.conf"
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:${PROXY_PORT}/${APP_NAME}/_stcore/health" >/dev/null && break
  sleep 0.5
done
echo "Static pages: http://127.0.0.1:${PROXY_PORT}/   App: http://127.0.0.1:${PROXY_PORT}/${APP_NAME}/   (Ctrl-C stops both)"
wait "$app_pid"
