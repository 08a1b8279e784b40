"""Server memory with 1, 10 and 50 sessions open (real browser tabs on /comparison), per extra session.

Run: `.venv/bin/python -m bench.memory`. Sessions stay open while memory is read, then everything
is closed; the server is killed at the end. No assertions.
"""

from __future__ import annotations

import gc
import sys
import time

from playwright.sync_api import Page, sync_playwright

from bench.servers import CHROMIUM, CHROMIUM_ARGS, ROOT, rss_mb, streamlit_server

LEVELS = (1, 10, 50)
CHART = '[data-testid="stVegaLiteChart"] svg'
SETTLE_S = 2.0


def measure() -> list[tuple[int, float]]:
    """(open sessions, server RSS in MB)."""
    results: list[tuple[int, float]] = []
    with streamlit_server(ROOT / "app.py") as (url, pid), sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pages: list[Page] = []
        for level in LEVELS:
            while len(pages) < level:
                page = browser.new_context(viewport={"width": 800, "height": 600}).new_page()
                page.goto(f"{url}/comparison", wait_until="commit")
                page.locator(CHART).first.wait_for(state="visible", timeout=120_000)
                pages.append(page)
            gc.collect()
            time.sleep(SETTLE_S)
            results.append((level, rss_mb(pid)))
        browser.close()
    return results


def main() -> int:
    rows = measure()
    print(f"{'sessions':>8} {'server RSS MB':>14}")
    for sessions, mb in rows:
        print(f"{sessions:>8} {mb:>14.1f}")
    (first, first_mb), (last, last_mb) = rows[0], rows[-1]
    print(f"per extra session: {(last_mb - first_mb) / (last - first):.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
