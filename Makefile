# Klyngekvalitet: `make run` starts the app, `make test` runs every check. Both set themselves up.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test data site lint typecheck unit browser a11y bench bench-cold setup setup-dev browser-deps clean

# = streamlit run app.py, warmed in-process: /_stcore/health answers 503 "warming up" until every page's views exist.
run: $(VENV)/.stamp-run
	$(PY) -m src.ui.serve --server.port $(PORT)

test: $(VENV)/.stamp-dev browser-deps lint typecheck
	$(PY) -m pytest

data: $(VENV)/.stamp-run
	$(PY) -m src.facts.build

# The static edition (every language) in site/: built in a temporary folder, then swapped in.
site: $(VENV)/.stamp-run
	$(PY) -m src.site

lint: $(VENV)/.stamp-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(VENV)/.stamp-dev
	$(PY) -m mypy src

unit: $(VENV)/.stamp-dev
	$(PY) -m pytest -m "not browser"

browser: $(VENV)/.stamp-dev browser-deps
	$(PY) -m pytest -m browser

# WCAG 2.1 A/AA audit alone: axe-core in Chromium on every page, plus the chart and theme contrast checks.
# Report: test-artifacts/a11y/axe-report.json (and axe-summary.txt).
a11y: $(VENV)/.stamp-dev browser-deps
	$(PY) -m pytest -m a11y

bench: $(VENV)/.stamp-dev browser-deps
	$(PY) -m bench.run_all

# Cold start alone: three runs on fresh servers (a bare page, then the app's first and second burst), and the
# profile of each page's first run with and without the warm-up. Minutes of full load: not part of `make test`.
bench-cold: $(VENV)/.stamp-dev
	$(PY) -m bench.cold_profile
	$(PY) -m bench.cold_profile --warm
	$(PY) -m bench.load_test --cold 3

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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts site
