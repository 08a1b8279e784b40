"""Serving the static edition with nginx: root for pages, /app/ for Streamlit, cache headers and gzip."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.nginx import TEMP_FOLDERS, render, static_server

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)"
)
PAGE = (
    "<!DOCTYPE html><html lang='nb'><head><title>x</title></head><body>"
    + "<p>Klyngekvalitet</p>" * 200
    + "</body></html>"
)


@pytest.fixture(scope="module")
def tiny_site() -> Iterator[Path]:
    """A small site in a folder nginx's workers can read (pytest's own temporary folders are private)."""
    folder = Path(tempfile.mkdtemp(prefix="kk-site-"))
    folder.chmod(0o755)
    (folder / "levels").mkdir()
    (folder / "files").mkdir()
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    (folder / "levels" / "index.html").write_text(PAGE, encoding="utf-8")
    (folder / "files" / "data.csv").write_text("a,b\n" * 500, encoding="utf-8")
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield folder
    shutil.rmtree(folder)


def fetch(url: str, gzip_ok: bool = False) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), b""


def test_rendered_config_passes_nginx_check(tmp_path: Path) -> None:
    for folder in TEMP_FOLDERS:
        (tmp_path / folder).mkdir()
    config = tmp_path / "nginx.conf"
    config.write_text(render(tmp_path, tmp_path, 8700, 8710), encoding="utf-8")
    done = subprocess.run(["nginx", "-t", "-c", str(config)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_pages_at_the_root_with_cache_headers_and_gzip(tiny_site: Path) -> None:
    with static_server(tiny_site) as (url, _):
        status, headers, body = fetch(url + "/levels/", gzip_ok=True)
        assert status == 200
        assert headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body).decode("utf-8") == PAGE
        assert headers["Cache-Control"] == "public, max-age=300"
        assert "text/html" in headers["Content-Type"] and "utf-8" in headers["Content-Type"].lower()
        status, headers, _ = fetch(url + "/files/data.csv")
        assert status == 200 and headers["Cache-Control"] == "public, max-age=86400"
        assert fetch(url + "/missing/")[0] == 404


def test_the_app_lives_under_its_path(tiny_site: Path) -> None:
    """With no app running behind it, /app/ is a gateway error from the proxy, not a static 404."""
    with static_server(tiny_site) as (url, _):
        assert fetch(url + "/app/")[0] == 502
        assert fetch(url + "/app/_stcore/health")[0] == 502
