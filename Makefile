# Klyngekvalitet: `make run` starts the app, `make test` runs every check. Both set themselves up.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test data import site catalogs pot update lint typecheck unit browser a11y bench bench-cold bench-rate-limit setup \
	setup-dev browser-deps clean image image-base image-test image-deps

# = streamlit run app.py, warmed in-process: /_stcore/health answers 503 "warming up" until every page's views exist.
run: $(VENV)/.stamp-run catalogs
	$(PY) -m src.ui.serve --server.port $(PORT)

test: $(VENV)/.stamp-dev browser-deps catalogs lint typecheck
	$(PY) -m pytest

data: $(VENV)/.stamp-run catalogs
	$(PY) -m src.facts.build

# The maintainer's register import (README "Importing a register"): make import FILE=register.csv ARGS='--country NO
# --source-url URL [--dry-run]'. A change makes a new data release and says so; no change makes none.
import: $(VENV)/.stamp-run catalogs
	@if [ -z "$(FILE)" ]; then echo "usage: make import FILE=register.csv ARGS='--country NO --source-url URL'"; exit 2; fi
	$(PY) -m src.facts.import_register "$(FILE)" $(ARGS)

# The static edition (every language) in site/: built in a temporary folder, then swapped in.
site: $(VENV)/.stamp-run catalogs
	$(PY) -m src.site

# Translations (README "Translating"). The .mo files are built here, never committed: each is rebuilt when its
# .po is newer. `pybabel compile` reports "placeholders are incompatible" for English texts with a % sign
# ("95% interval"): Babel flags them python-format, but the app fills {braces} (tests/test_catalogs.py checks
# those), so that one line is dropped from its output.
LOCALE := src/text/locale
CATALOG_MO := $(patsubst %.po,%.mo,$(wildcard $(LOCALE)/*/LC_MESSAGES/messages.po))
catalogs: $(CATALOG_MO)

$(LOCALE)/%/LC_MESSAGES/messages.mo: $(LOCALE)/%/LC_MESSAGES/messages.po | $(VENV)/.stamp-run
	set -o pipefail; $(PY) -m babel.messages.frontend compile --statistics -l $* -i $< -o $@ 2>&1 \
	  | sed -e '/placeholders are incompatible/d' -e '/errors encountered/d'

# The template from the code: msgctxt = key, msgid = English (tools/extract_keys.py, babel.cfg).
pot: $(VENV)/.stamp-run
	$(PY) -m babel.messages.frontend extract -F babel.cfg --add-location=file --sort-output --no-wrap \
	  --project=Klyngekvalitet -o $(LOCALE)/messages.pot .

# Every language's .po brought in line with the template (changed English turns an entry fuzzy).
update: pot
	$(PY) -m babel.messages.frontend update -i $(LOCALE)/messages.pot -d $(LOCALE) --no-wrap --ignore-obsolete

lint: $(VENV)/.stamp-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(VENV)/.stamp-dev
	$(PY) -m mypy src

unit: $(VENV)/.stamp-dev catalogs
	$(PY) -m pytest -m "not browser"

browser: $(VENV)/.stamp-dev browser-deps catalogs
	$(PY) -m pytest -m browser

# WCAG 2.1 A/AA audit alone: axe-core in Chromium on every page, plus the chart and theme contrast checks.
# Report: test-artifacts/a11y/axe-report.json (and axe-summary.txt).
a11y: $(VENV)/.stamp-dev browser-deps catalogs
	$(PY) -m pytest -m a11y

bench: $(VENV)/.stamp-dev browser-deps catalogs
	$(PY) -m bench.run_all

# Cold start alone: three runs on fresh servers (a bare page, then the app's first and second burst), and the
# profile of each page's first run with and without the warm-up. Minutes of full load: not part of `make test`.
bench-cold: $(VENV)/.stamp-dev
	$(PY) -m bench.cold_profile
	$(PY) -m bench.cold_profile --warm
	$(PY) -m bench.load_test --cold 3

# The proxy's limit on new sessions: a hall of 300 phones behind one address and one client hammering 2000
# sessions, at once, through deploy/nginx.conf.template in front of the app (needs nginx).
bench-rate-limit: $(VENV)/.stamp-dev browser-deps
	$(PY) -m bench.rate_limit

setup: $(VENV)/.stamp-run
setup-dev: $(VENV)/.stamp-dev

$(VENV)/bin/python:
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.stamp-run: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.stamp-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.stamp-run

# Debian packages the tests use: Chromium (Playwright drives it; it never downloads a browser), fonts, nginx
# (serving checks) and a Java runtime (the static edition's HTML validator). Installed when run as root.
SYSTEM_PACKAGES := chromium fonts-dejavu-core fonts-noto-color-emoji nginx-light default-jre-headless
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! command -v nginx >/dev/null || ! command -v java >/dev/null; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	  else echo "Missing system packages: run 'sudo apt-get install $(SYSTEM_PACKAGES)' (their tests are skipped)"; fi; \
	fi

# The container image (Dockerfile; deploy/README.md "Container image"). An operator keeps BASE_IMAGE's default
# (python:3.11-slim-bookworm from a registry). This sandbox reaches no image registry: `make image-base` makes
# a local Debian bookworm base with Python 3.11 (mmdebstrap), and the sandbox's other limits (no
# CAP_SYS_RESOURCE for the runtime's rlimits, crun's cgroup mode, a TLS-re-signing proxy) are what
# PODMAN_FLAGS and PIP_CA cover. Empty them elsewhere: make image BASE_IMAGE= PODMAN_FLAGS= PIP_CA=
IMAGE ?= localhost/klyngekvalitet:dev
LOCAL_BASE := localhost/bookworm-python:3.11
BASE_IMAGE ?= $(LOCAL_BASE)
PODMAN_FLAGS ?= --runtime runc --ulimit nofile=4096:4096 --ulimit nproc=4096:4096
PIP_CA ?= /etc/ssl/certs/ca-certificates.crt
IMAGE_PACKAGES := podman buildah runc mmdebstrap
COMMA := ,

# podman/buildah build and run the image; runc because crun fails here on cgroups; mmdebstrap makes the base.
image-deps:
	@if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v mmdebstrap >/dev/null; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(IMAGE_PACKAGES) >/dev/null; \
	  else echo "Missing: run 'sudo apt-get install $(IMAGE_PACKAGES)'"; exit 1; fi; \
	fi

image-base: image-deps
	@podman image exists $(LOCAL_BASE) || { \
	  tmp=$$(mktemp -d) && mmdebstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
	    bookworm "$$tmp/rootfs.tar" && podman import "$$tmp/rootfs.tar" $(LOCAL_BASE); rc=$$?; rm -rf "$$tmp"; exit $$rc; }

image: image-deps $(if $(filter $(LOCAL_BASE),$(BASE_IMAGE)),image-base)
	podman build $(PODMAN_FLAGS) --format docker \
	  $(if $(BASE_IMAGE),--build-arg BASE_IMAGE=$(BASE_IMAGE)) \
	  $(if $(PIP_CA),--secret id=pip_ca$(COMMA)src=$(PIP_CA)) -t $(IMAGE) .

# Starts the image and reads its health check and a page (tests/test_image.py, marked image): minutes, so
# not part of `make test`.
image-test: $(VENV)/.stamp-dev image
	KLYNGEKVALITET_IMAGE=$(IMAGE) PODMAN_FLAGS="$(PODMAN_FLAGS)" $(PY) -m pytest -m image tests/test_image.py

clean:
	rm -rf $(VENV) $(CATALOG_MO) .pytest_cache .mypy_cache .ruff_cache test-artifacts site
