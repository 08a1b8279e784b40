#!/usr/bin/env bash
# Publish a new static edition with no moment of a half-written site: build it into a release folder of its own,
# then point the live symlink at it with one atomic rename (ln -sfn to a new name, mv -T over the old one).
# nginx serves the symlink: SITE_DIR=$SITE_ROOT/current deploy/serve_site.sh --no-build (or any static host's root).
# Usage: deploy/publish_site.sh [--from BUILT_FOLDER]      SITE_ROOT (default ./published), KEEP releases (default 3)
# With --from it publishes a folder built elsewhere (e.g. by CI) instead of running `python -m src.site`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SITE_ROOT=${SITE_ROOT:-$PWD/published}
KEEP=${KEEP:-3}
mkdir -p "$SITE_ROOT/releases"
name=$(date -u +%Y%m%dT%H%M%S%N)
release="$SITE_ROOT/releases/$name"

if [ "${1:-}" = "--from" ]; then
  cp -a "${2:?--from needs a built folder}" "$SITE_ROOT/releases/.$name.partial"
  mv -T "$SITE_ROOT/releases/.$name.partial" "$release"   # a release folder is only ever complete
else
  "$PY" -m src.site --out "$release"                       # the builder writes beside it and renames when done
fi
chmod 755 "$release"

# The deck's inline script and style are allowed by hash in the nginx config: say so when they changed.
if [ -e "$SITE_ROOT/current" ] && \
   [ "$("$PY" -m src.site.csp "$SITE_ROOT/current")" != "$("$PY" -m src.site.csp "$release")" ]; then
  echo "note: the inline code's hashes changed: re-render the nginx config (deploy/serve_site.sh) and reload" >&2
fi

ln -sfn "releases/$name" "$SITE_ROOT/.current.new"
mv -T "$SITE_ROOT/.current.new" "$SITE_ROOT/current"       # rename(2): readers see the old or the new, never neither

# Keep the newest $KEEP releases (the live one is the newest); older ones go.
find "$SITE_ROOT/releases" -mindepth 1 -maxdepth 1 -type d -not -name '.*' -printf '%f\n' | sort | head -n "-$KEEP" |
  while read -r old; do rm -rf "${SITE_ROOT:?}/releases/$old"; done
echo "published $release"
