"""New data without downtime: a running explorer shows a new release to new sessions, and open ones keep working.

A real launcher (`python -m src.ui.serve`, warm-up included) runs on a temporary copy of data/ (never
the repository's). A reader opens the register; the maintainer's build publishes a release with one
more record into the server's data folder; a new reader sees it, and the first reader changes a
filter and gets an answer from the release their session started with, with no error.
"""

from __future__ import annotations

import os
import re
import shutil
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
from playwright.sync_api import Page, expect

from src.facts.build import build_release
from src.facts.paths import DATA_DIR_ENV, PROJECT_ROOT

from .test_browser import DESKTOP, open_app

pytestmark = pytest.mark.browser

PageFactory = Callable[[int], Page]
COUNT = re.compile(r"Viser (\d+) av (\d+) oppføringer; (\d+) av dem har ingen dato\.")
READY_S = 90.0
# A synthetic register row (tests only): a Norwegian bronze register entry of a cluster that does not exist.
NEW_ROW = (
    "Synthetic cluster (release test),NO,bronze,register_entry,,,,2030-01-01,,Testing,,"
    "https://example.org/synthetic-register,Synthetic cluster (release test) Testing 2030/01/01,en\r\n"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture
def served_copy(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(URL, data folder) of a warm launcher serving a private copy of data/ (its log: server.log beside it)."""
    data = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", data)
    port, log = _free_port(), (tmp_path / "server.log").open("wb")
    command = [sys.executable, "-m", "src.ui.serve", "--server.port", str(port), "--server.address", "127.0.0.1",
               "--server.headless", "true"]  # fmt: skip
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env={**os.environ, DATA_DIR_ENV: str(data)},
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_S
        while not _ready(url):
            assert process.poll() is None and time.monotonic() < deadline, "the launcher did not become ready"
            time.sleep(0.2)
        yield url, data
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def _counts(page: Page) -> tuple[int, int, int]:
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text=COUNT)
    expect(caption).to_be_visible()
    found = COUNT.search(caption.inner_text())
    assert found is not None
    shown, total, undated = (int(n) for n in found.groups())
    return shown, total, undated


def test_a_new_release_reaches_new_sessions_and_open_sessions_keep_working(
    new_page: PageFactory, served_copy: tuple[str, Path]
) -> None:
    url, data = served_copy
    before = new_page(DESKTOP)
    open_app(before, f"{url}/register", charts=0, tables=1)
    shown, total, undated = _counts(before)
    assert (json_version(data), total) == ("3", 101)

    with (data / "sources" / "label_records.csv").open("a", encoding="utf-8", newline="") as records:
        records.write(NEW_ROW)
    _, outcome = build_release(data)  # what `make data` does: a new release, tables, then release.json
    assert outcome.created and outcome.release.version == "4"
    log, deadline = data.parent / "server.log", time.monotonic() + READY_S
    while "for data release 4" not in log.read_text(errors="replace"):  # the launcher warms the new release
        assert time.monotonic() < deadline, "the launcher did not warm the new release"
        time.sleep(0.2)

    after = new_page(DESKTOP)
    open_app(after, f"{url}/register", charts=0, tables=1)
    assert _counts(after)[1] == 102  # a new session: the new release, without a restart
    open_app(after, f"{url}/sources", charts=0, tables=4)
    expect(after.get_by_text(re.compile(r"Datautgivelse 4 \(.*\) mot utgivelse 3"))).to_be_visible()

    before.get_by_text("Ta med oppføringer uten dato").click()  # the open session changes a filter
    caption = before.get_by_test_id("stCaptionContainer").filter(has_text=COUNT)
    expect(caption.filter(has_text=f"Viser {shown - undated} av {total} oppføringer; 0 av dem")).to_be_visible()
    expect(before.get_by_test_id("stException")).to_have_count(0)


def json_version(data: Path) -> str:
    return str(re.search(r'"version": "(\d+)"', (data / "release.json").read_text()).group(1))  # type: ignore[union-attr]
