"""Server memory with 1, 10 and 50 sessions open (real browser tabs), per extra session.

Run: `.venv/bin/python -m bench.memory` (shipped data, tabs on /comparison), or
`.venv/bin/python -m bench.memory 1000000` (a synthetic register of that many events in a temporary
folder, tabs on /register). Sessions stay open while memory is read, then everything is closed; the
server is killed at the end. No assertions.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bench.servers import CHROMIUM, CHROMIUM_ARGS, ROOT, rss_mb, streamlit_server
from src.facts.paths import DATA_DIR_ENV
from src.facts.synthetic import write_data_folder

LEVELS = (1, 10, 50)
CHART = '[data-testid="stVegaLiteChart"] svg'
TABLE = '[data-testid="stDataFrame"]'
QUIET_MB, QUIET_S = 1.0, 1.0  # memory counts as settled once it moves less than 1 MB for 1 s
POLL_S, SETTLE_LIMIT_S = 0.1, 30.0


def measure(page: str = "comparison", ready: str = CHART) -> list[tuple[int, float]]:
    """(open sessions, server RSS in MB) with every tab on `page`, each counted once `ready` shows."""
    results: list[tuple[int, float]] = []
    with streamlit_server(ROOT / "app.py") as (url, pid), sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pages: list[Page] = []
        for level in LEVELS:
            while len(pages) < level:
                tab = browser.new_context(viewport={"width": 800, "height": 600}).new_page()
                tab.goto(f"{url}/{page}", wait_until="commit")
                tab.locator(ready).first.wait_for(state="visible", timeout=300_000)
                pages.append(tab)
            results.append((level, settled_rss(pid)))
        browser.close()
    return results


def settled_rss(pid: int) -> float:
    """The server's RSS in MB once it has stopped moving (the last sessions' runs, collection), not after a guess.

    Note that the reading is compared with the one where it last moved, so slow creep adds up and counts.
    """
    deadline = time.monotonic() + SETTLE_LIMIT_S
    anchor, since = rss_mb(pid), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(POLL_S)
        now = rss_mb(pid)
        if abs(now - anchor) >= QUIET_MB:
            anchor, since = now, time.monotonic()
        elif time.monotonic() - since >= QUIET_S:
            return now
    return rss_mb(pid)


def main() -> int:
    if len(sys.argv) > 1:
        with tempfile.TemporaryDirectory() as folder:
            os.environ[DATA_DIR_ENV] = str(write_data_folder(Path(folder) / "data", int(sys.argv[1])))
            print(f"synthetic register: {int(sys.argv[1]):,} events, tabs on /register")
            rows = measure("register", TABLE)
    else:
        rows = measure()
    print(f"{'sessions':>8} {'server RSS MB':>14}")
    for sessions, mb in rows:
        print(f"{sessions:>8} {mb:>14.1f}")
    (first, first_mb), (middle, middle_mb), (last, last_mb) = rows
    print(f"per extra session, {first} → {last}: {(last_mb - first_mb) / (last - first):.2f} MB")
    # The first session also pays for one-off work (reading the data, building indexes), and the
    # allocator may hand some of that back later; from the 10th session on only sessions are added.
    print(f"per extra session, {middle} → {last}: {(last_mb - middle_mb) / (last - middle):.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
