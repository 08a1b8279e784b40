"""The container's health check: exit 0 when the explorer answers 200 on /_stcore/health, else 1.

Why a script and not curl: the slim Python image has no curl, and this one reads the same environment as
Streamlit (port and base URL path), so the check follows the server wherever it is mounted. The launcher
(`python -m src.ui.serve`) answers 503 "warming up" until every page is warm: unhealthy until then.
Standard library only, so it starts in a few milliseconds and imports nothing of the app.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping

TIMEOUT_SECONDS = 4.0


def health_url(environ: Mapping[str, str] = os.environ) -> str:
    """http://127.0.0.1:<STREAMLIT_SERVER_PORT>/<STREAMLIT_SERVER_BASE_URL_PATH>/_stcore/health."""
    port = environ.get("STREAMLIT_SERVER_PORT") or "8501"
    path = (environ.get("STREAMLIT_SERVER_BASE_URL_PATH") or "").strip("/")
    return f"http://127.0.0.1:{port}/{path + '/' if path else ''}_stcore/health"


def healthy(url: str, timeout: float = TIMEOUT_SECONDS) -> bool:
    """True when `url` answers 200; a refusal, a time-out or any other status is False."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


if __name__ == "__main__":
    sys.exit(0 if healthy(health_url()) else 1)
