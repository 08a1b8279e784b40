#!/usr/bin/env bash
# The static edition at http://127.0.0.1:PORT/ and the app at http://127.0.0.1:PORT/app/, behind one nginx.
# Builds site/ for that address first (unless --no-build), then serves until Ctrl-C. SITE_DIR=/srv/kk/current
# serves releases that deploy/publish_site.sh swaps in; EMBED_FRAME_ANCESTORS, SITE_FRAME_ANCESTORS and
# LIMIT_KEY set who may frame what and the rate limit's key (deploy/README.md).
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
SITE_DIR=${SITE_DIR:-$PWD/site}
# Content-Security-Policy: the hashes of the app's inline scripts and of the deck's inline script and style
# (the static pages have no other inline code); the deck's change only with the code, not with the data.
SCRIPT_HASHES=$("$PY" -m src.ui.csp)
{ read -r SITE_SCRIPT_HASHES; read -r SITE_STYLE_HASHES; } < <("$PY" -m src.site.csp "$SITE_DIR")
EMBED_FRAME_ANCESTORS=${EMBED_FRAME_ANCESTORS:-*}
SITE_FRAME_ANCESTORS=${SITE_FRAME_ANCESTORS:-"'none'"}
LIMIT_KEY=${LIMIT_KEY:-'$binary_remote_addr'}
export RUN_DIR PROXY_PORT APP_PORT APP_NAME APP_PATH="/${APP_NAME}" SITE_DIR SCRIPT_HASHES SITE_SCRIPT_HASHES \
  SITE_STYLE_HASHES EMBED_FRAME_ANCESTORS SITE_FRAME_ANCESTORS LIMIT_KEY
# The template with the rules shared with Kubernetes (deploy/nginx/) put in, and the values above filled.
"$PY" -m deploy.render_nginx site > "$RUN_DIR/nginx.conf"
nginx -c "$RUN_DIR/nginx.conf"
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:${PROXY_PORT}/${APP_NAME}/_stcore/health" >/dev/null && break
  sleep 0.5
done
echo "Static pages: http://127.0.0.1:${PROXY_PORT}/   App: http://127.0.0.1:${PROXY_PORT}/${APP_NAME}/   (Ctrl-C stops both)"
wait "$app_pid"
