# syntax=docker/dockerfile:1
# Klyngekvalitet's explorer: `python -m src.ui.serve` (Streamlit, warmed before it says ready) with the data
# built in. How to build, run and deploy it: deploy/README.md, "Container image" and "Kubernetes".
#
# BASE_IMAGE: any Debian-based image with Python 3.11 and its venv module. Operators keep the default; a
# sandbox without an image registry builds on a local Debian root file system (`make image-base`).
# Pin a digest for reproducible builds: --build-arg BASE_IMAGE=python:3.11-slim-bookworm@sha256:<digest>
ARG BASE_IMAGE=python:3.11-slim-bookworm
FROM ${BASE_IMAGE}

# Read-only root file system: everything that writes at run time (HOME, caches, Python's and vl-convert's
# temporary files, Streamlit's and matplotlib's config folders) is pointed at /tmp, a volume (an emptyDir on
# Kubernetes). Bytecode is compiled at build time below, so nothing needs to write it.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH \
    HOME=/tmp \
    TMPDIR=/tmp \
    XDG_CACHE_HOME=/tmp/.cache \
    XDG_CONFIG_HOME=/tmp/.config \
    MPLCONFIGDIR=/tmp/.matplotlib \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    STREAMLIT_SERVER_HEADLESS=true \
    STREAMLIT_SERVER_ADDRESS=0.0.0.0 \
    STREAMLIT_SERVER_PORT=8501 \
    STREAMLIT_SERVER_BASE_URL_PATH="" \
    KLYNGEKVALITET_BASE_URL="" \
    KLYNGEKVALITET_SITE_URL=""

WORKDIR /app

# Pinned runtime requirements only (no test tools), in a virtual environment of their own. The optional
# build secret `pip_ca` is a CA bundle for networks whose proxy re-signs TLS (this project's sandbox does).
COPY requirements.txt ./
RUN --mount=type=secret,id=pip_ca \
    if [ -f /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
    && python3 -m venv /opt/venv \
    && pip install --no-cache-dir -r requirements.txt

COPY . .

# Build-time steps: the translations compiled (the .mo files are never committed; `make catalogs` does the same
# per file), the Parquet tables from data/sources (the only truth), then bytecode for a read-only root. The slim
# base has no make, so these are the Python commands the make targets run.
RUN python -m babel.messages.frontend compile -d src/text/locale -D messages \
    && python -m src.facts.build \
    && python -m compileall -q app.py app_pages src

# Not root; numeric, so Kubernetes' runAsNonRoot can check it. The code and data stay root-owned (read-only).
USER 10001:10001
VOLUME ["/tmp"]
EXPOSE 8501

# The launcher answers 503 "warming up" until every page is warm (a few seconds), then 200.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "/app/deploy/healthcheck.py"]

ENTRYPOINT ["python", "-m", "src.ui.serve"]
CMD []
