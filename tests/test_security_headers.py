"""Security headers from both nginx configurations on every response (pages, files, errors), framing allowed only
for the chart-alone embed view, and the static host's own 404 page in the reader's language.

Note that the app's side runs against a stand-in upstream (200 for a page or a file, 404 for a missing one),
so these checks need nginx only; tests/browser/test_csp.py loads the real app and pages under the same policy.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench.nginx import proxy_server, static_server
from src.site import build, templating
from src.text.i18n import LANGUAGES, t
from tests.site_helpers import fetch

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)"
)
PAGE = "<!DOCTYPE html><html lang='nb'><head><title>x</title></head><body><p>Klyngekvalitet</p></body></html>"
EVERY_RESPONSE = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}
DENIED = ("camera=()", "microphone=()", "geolocation=()")


@pytest.fixture(scope="module")
def tiny_site() -> Iterator[Path]:
    """A few pages, a style sheet and the builder's own 404 pages, in a folder nginx's workers can read."""
    folder = Path(tempfile.mkdtemp(prefix="kk-site-"))
    for path in ("index.html", "levels/index.html", "en/index.html"):
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(PAGE, encoding="utf-8")
    (folder / "assets").mkdir()
    (folder / "assets" / "site.css").write_text("body { margin: 0 }\n", encoding="utf-8")
    env = templating.environment()
    for lang in LANGUAGES:
        build.write_not_found(folder, env, date(2026, 12, 2), lang, LANGUAGES)
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield folder
    shutil.rmtree(folder)


class StandIn(BaseHTTPRequestHandler):
    """The app's replica as far as headers go: a page or a file is 200, a path with /missing in it is 404."""

    def do_GET(self) -> None:  # the standard library calls it by this name
        status = 404 if "/missing" in self.path else 200
        body = b"<!DOCTYPE html><title>app</title>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def stand_in_app() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def directives(headers: dict[str, str]) -> dict[str, str]:
    """The Content-Security-Policy as {directive: its sources}."""
    parts = (part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";") if part.strip())
    return {part[0]: part[1] if len(part) > 1 else "" for part in parts}


def assert_secured(headers: dict[str, str], frame_ancestors: str = "'none'") -> dict[str, str]:
    for name, value in EVERY_RESPONSE.items():
        assert headers.get(name) == value, (name, headers)
    assert all(feature in headers["Permissions-Policy"] for feature in DENIED)
    policy = directives(headers)
    assert policy["default-src"] == "'self'" and policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == frame_ancestors
    assert headers.get("X-Frame-Options") == ("DENY" if frame_ancestors == "'none'" else None)
    return policy


@pytest.fixture(scope="module")
def static_host(tiny_site: Path) -> Iterator[str]:
    with stand_in_app() as app, static_server(tiny_site, app) as (url, _):
        yield url


@pytest.mark.parametrize(
    "path, status",
    [("/", 200), ("/levels/", 200), ("/assets/site.css", 200), ("/missing/", 404), ("/en/missing", 404),
     ("/assets/missing.css", 404)],
)  # fmt: skip
def test_static_pages_files_and_errors_carry_the_headers(static_host: str, path: str, status: int) -> None:
    code, headers, _ = fetch(static_host + path)
    assert code == status
    policy = assert_secured(headers)
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-inline'" not in policy["style-src"]
    assert "blob:" not in policy["script-src"]  # the static pages run no code of the app's


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_missing_page_is_our_page_in_the_readers_language(static_host: str, lang: str) -> None:
    prefix = "" if lang == "nb" else f"/{lang}"
    status, headers, body = fetch(f"{static_host}{prefix}/no/such/page/")
    assert status == 404
    assert_secured(headers)
    assert f'<html lang="{lang}">' in body and t("notfound.title", lang) in body
    start, orgs = (f'href="{prefix}/index.html"', f'href="{prefix}/organisation/index.html"')
    assert start in body and orgs in body and 'href="/assets/site.css"' in body


@pytest.mark.parametrize(
    "path, frameable",
    [("/app/", False), ("/app/levels", False), ("/app/levels?embed=true", False), ("/app/chart?chart=x", False),
     ("/app/chart?chart=quality_index&embed=true", True), ("/app/chart?embed=True&chart=x", True),
     ("/app/static/js/main.js", False), ("/app/missing/page", False)],
)  # fmt: skip
def test_only_the_apps_chart_embed_may_be_framed(static_host: str, path: str, frameable: bool) -> None:
    status, headers, _ = fetch(static_host + path)
    assert status == (404 if "missing" in path else 200)
    policy = assert_secured(headers, "*" if frameable else "'none'")
    assert "'wasm-unsafe-eval'" in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert headers["Cache-Control"] == "no-store"


def test_who_may_frame_is_set_by_the_operator(tiny_site: Path) -> None:
    sites = "https://avis.example https://blogg.example"
    with stand_in_app() as app, static_server(tiny_site, app, SITE_FRAME_ANCESTORS=sites) as (url, _):
        assert_secured(fetch(url + "/levels/")[1], sites)
        assert_secured(fetch(url + "/app/levels")[1])  # the app's pages stay unframeable


@pytest.mark.parametrize(
    "path, frameable",
    [("/", False), ("/levels?lang=en", False), ("/static/js/index.js", False), ("/missing", False),
     ("/chart?chart=quality_index&embed=true", True), ("/story?embed=true", False)],
)  # fmt: skip
def test_the_scale_out_proxy_carries_the_headers(path: str, frameable: bool) -> None:
    embedders = "https://avis.example"
    with stand_in_app() as app, proxy_server([app], EMBED_FRAME_ANCESTORS=embedders) as (url, _):
        status, headers, _ = fetch(url + path)
    assert status == (404 if "missing" in path else 200)
    assert_secured(headers, embedders if frameable else "'none'")
    assert headers["Set-Cookie"].startswith("kk_route=")
