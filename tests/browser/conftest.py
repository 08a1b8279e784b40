"""Fixtures for the real-browser tests: one Streamlit server and one headless Chromium per session.

Both are expensive to start (seconds each), so every test shares them; each test still gets
its own page, which means its own Streamlit session and its own widget state.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS_DIR = PROJECT_ROOT / "test-artifacts"
SCREENSHOT_DIR = ARTIFACTS_DIR / "screenshots"
SERVER_LOG = ARTIFACTS_DIR / "streamlit-server.log"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

HEALTH_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0
DESKTOP_HEIGHT = 900
PHONE_WIDTH, PHONE_HEIGHT = 390, 844

PageFactory = Callable[[int], Page]


def _free_port() -> int:
    """A loopback port nobody listens on right now, so parallel runs do not collide on 8501."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _healthy(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
            return bool(response.status == 200 and response.read().decode().strip() == "ok")
    except (urllib.error.URLError, OSError):
        return False


def _log_tail(lines: int = 40) -> str:
    """The end of the server log, so a failed start explains itself in the pytest report."""
    try:
        return "\n".join(SERVER_LOG.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no server log)"


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the whole process group (Streamlit may start children), escalating to SIGKILL."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    """Base URL of a fresh `streamlit run app.py` on a free loopback port, stopped after the session."""
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    with SERVER_LOG.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        while not _healthy(base_url):
            if process.poll() is not None:
                pytest.fail(f"Streamlit exited with code {process.returncode} before it was healthy:\n{_log_tail()}")
            if time.monotonic() > deadline:
                pytest.fail(f"Streamlit was not healthy within {HEALTH_TIMEOUT_S:.0f} s:\n{_log_tail()}")
            time.sleep(0.2)
        yield base_url
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    """The Playwright driver; it only ever drives Debian's Chromium, it never downloads a browser."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (install Debian's 'chromium' package, e.g. `make browser-deps`)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run the browser tests, never silently skip them
        pytest.skip(message)
    driver = sync_playwright().start()
    try:
        yield driver
    finally:
        driver.stop()


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    """One headless Chromium for the whole session; starting it per test would cost a second each."""
    instance = playwright_driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    try:
        yield instance
    finally:
        instance.close()


@pytest.fixture(scope="session")
def contexts(browser: Browser) -> Iterator[dict[int, BrowserContext]]:
    """One browser context per width, shared so the app's JavaScript comes from the HTTP cache after the first load."""
    made: dict[int, BrowserContext] = {}
    yield made
    for context in made.values():
        context.close()


@pytest.fixture
def new_page(browser: Browser, contexts: dict[int, BrowserContext]) -> Iterator[PageFactory]:
    """Factory for a blank page `width` pixels wide (390 gets a phone's 390x844); closed after the test."""
    pages: list[Page] = []

    def make(width: int) -> Page:
        if width not in contexts:
            height = PHONE_HEIGHT if width <= PHONE_WIDTH else DESKTOP_HEIGHT
            contexts[width] = browser.new_context(
                viewport={"width": width, "height": height}, locale="nb-NO", accept_downloads=True
            )
        page = contexts[width].new_page()
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """Where screenshots land (test-artifacts/ is git-ignored and kept by CI as an artifact)."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR
