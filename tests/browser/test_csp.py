"""The app and the static edition work under their Content-Security-Policy: every app page through the scale-out
proxy and every kind of static page through the static host, in Chromium, with no violation and the charts drawn;
and the browser lets another site frame the chart embed but not a page.

Note that one proxy (in front of the suite's one app server), one static nginx (the session's one build) and one
tab serve the whole module: the pages load one after another. A violation is seen twice over: the
`securitypolicyviolation` event (collected by an init script) and Chromium's console message.
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
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from bench.nginx import proxy_server, static_server
from src.export import export
from src.facts.data import load_tables
from src.site.csp import site_hashes
from src.text.i18n import t
from src.ui.csp import script_hashes
from src.views import registry
from tests.site_helpers import session_site

from .test_browser import CHART, SCRIPT_DONE, WAIT_MS

pytestmark = pytest.mark.browser

COLLECT_VIOLATIONS = """window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`)
);"""
CONSOLE_SIGNS = ("Refused to", "Content Security Policy", "Content-Security-Policy")
APP_QUERIES = {"organisation": "org=gce-node", "chart": "chart=quality_index&embed=true"}
CHARTED = {chart.page_spec.name for chart in registry.CHARTS} | {"chart"}
# One of each kind of static page: the start page, a chart page, a table page, the organisations' index and one
# organisation, sources, the story page and its one-file deck (the only inline code), in both languages, and 404s.
STATIC_PAGES = ("/", "/levels/", "/en/renewal/", "/register/", "/organisation/", "/en/organisation/gce-node/",
                "/sources/", "/story/", "/story.html", "/en/story.html", "/en/comparison/",
                "/no/such/page")  # fmt: skip


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[tuple[Page, list[str]]]:
    """One tab for the module, with the violations its pages report (console and event) gathered in a list."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO", accept_downloads=True)
    page = context.new_page()
    page.add_init_script(COLLECT_VIOLATIONS)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    yield page, console
    context.close()


@pytest.fixture(scope="module")
def proxy(app_url: str) -> Iterator[str]:
    with proxy_server([urlsplit(app_url).port or 0], SCRIPT_HASHES=" ".join(script_hashes())) as (url, _):
        yield url


@pytest.fixture(scope="module")
def static_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The session's build, copied where nginx's workers can read it (pytest's folders are private)."""
    built = session_site(tmp_path_factory, load_tables(), date.today())[0]
    folder = Path(tempfile.mkdtemp(prefix="kk-csp-"))
    site = Path(shutil.copytree(built, folder / "site"))
    for path in [folder, *site.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    hashes = {"SITE_SCRIPT_HASHES": " ".join(site_hashes(site, "script")),
              "SITE_STYLE_HASHES": " ".join(site_hashes(site, "style"))}  # fmt: skip
    try:
        with static_server(site, **hashes) as (url, _):
            yield url
    finally:
        shutil.rmtree(folder)


def violations(page: Page, console: list[str]) -> list[str]:
    reported = list(page.evaluate("window.__csp"))
    return reported + [text for text in console if any(sign in text for sign in CONSOLE_SIGNS)]


def test_every_app_page_works_under_the_policy(tab: tuple[Page, list[str]], proxy: str) -> None:
    page, console = tab
    found: dict[str, list[str]] = {}
    undrawn: list[str] = []
    for spec in registry.PAGES:
        console.clear()
        query = APP_QUERIES.get(spec.name, "")
        response = page.goto(f"{proxy}/{spec.url_path}" + (f"?{query}" if query else ""))
        assert response is not None and "frame-ancestors" in response.headers["content-security-policy"]
        page.wait_for_selector(SCRIPT_DONE, state="attached", timeout=WAIT_MS)
        if spec.name in CHARTED:
            try:
                page.wait_for_selector(CHART, timeout=WAIT_MS)
            except PlaywrightTimeoutError:  # collect every page that failed, then fail once
                undrawn.append(spec.name)
        else:
            page.wait_for_timeout(500)  # lazily loaded parts (tables, the story's keys) have their moment
        if problems := violations(page, console):
            found[spec.name] = problems
    assert not found, found
    assert not undrawn, f"no chart drawn on {undrawn}"


def test_downloads_work_under_the_policy(tab: tuple[Page, list[str]], proxy: str) -> None:
    """The share tab's files (made on click, fetched from the replica's media store) arrive through the proxy."""
    page, console = tab
    console.clear()
    page.goto(f"{proxy}/comparison")
    page.wait_for_selector(CHART, timeout=WAIT_MS)
    page.get_by_role("tab", name=t("export.heading", "nb")).first.click()
    for ext in ("png", "csv"):
        button = page.get_by_role("button", name=t(export.CHART_FILE_LABELS[ext], "nb")).first
        with page.expect_download(timeout=WAIT_MS) as info:
            button.click()
        assert info.value.suggested_filename.endswith(f".{ext}") and info.value.failure() is None
    assert not violations(page, console)


def test_every_kind_of_static_page_works_under_the_policy(tab: tuple[Page, list[str]], static_host: str) -> None:
    page, console = tab
    found: dict[str, list[str]] = {}
    for path in STATIC_PAGES:
        console.clear()
        response = page.goto(static_host + path)
        assert response is not None and response.status == (404 if "no/such" in path else 200)
        page.wait_for_load_state("load")
        if path.endswith("story.html"):  # the deck's inline script ran (allowed by its hash) and styled the slides
            assert page.evaluate("document.documentElement.classList.contains('js')")
            assert page.locator(".slide:not([hidden])").count() == 1
        if problems := violations(page, console):
            found[path] = problems
    assert not found, found


@contextlib.contextmanager
def news_site(body: str) -> Iterator[str]:
    """Another site (another port: another origin) with no policy of its own, serving `body` at its root."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the standard library calls it by this name
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_another_site_may_frame_the_chart_embed_but_not_a_page(tab: tuple[Page, list[str]], proxy: str) -> None:
    """A news site with two iframes: the chart embed loads and draws, the page is refused by the browser."""
    page, console = tab
    console.clear()
    embed, plain = f"{proxy}/chart?chart=quality_index&embed=true", f"{proxy}/levels"
    host = (f'<!DOCTYPE html><html lang="nb"><title>Avis</title><iframe id="embed" src="{embed}"></iframe>'
            f'<iframe id="plain" src="{plain}"></iframe></html>')  # fmt: skip
    with news_site(host) as url:
        page.goto(url)
        page.frame_locator("#embed").locator(CHART).wait_for(timeout=WAIT_MS)
        refused = page.locator("#plain").element_handle(timeout=WAIT_MS).content_frame()
        assert refused is not None
        refused.wait_for_load_state(timeout=WAIT_MS)
        # Chromium replaces a refused frame's document with its own error page: no app in it.
        assert refused.url.startswith("chrome-error:"), refused.url
        assert refused.locator('[data-testid="stApp"]').count() == 0
        assert [text for text in console if "frame-ancestors 'none'" in text], console
