"""Time from navigation to first chart drawn, per page, against a bare one-line Streamlit page (same run).

Run: `.venv/bin/python -m bench.first_chart`. Each page is opened in a fresh browser context
REPEATS times; the median is reported with its ratio to the bare page's median. No assertions.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from bench.servers import BARE_PAGE, CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_server

REPEATS = 7
PAGES = {"overview": "/", "comparison": "/comparison", "follow_up": "/follow_up", "levels": "/levels",
         "register": "/register", "sources": "/sources", "story": "/story"}  # fmt: skip
CHART = '[data-testid="stVegaLiteChart"] svg'
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def time_to(browser: Browser, url: str, selector: str) -> float:
    """Milliseconds from navigation start until `selector` is visible, in a fresh context (cold cache)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.locator(selector).first.wait_for(state="visible", timeout=60_000)
    elapsed = (time.perf_counter() - start) * 1000
    context.close()
    return elapsed


def median_ms(browser: Browser, url: str, selector: str) -> float:
    time_to(browser, url, selector)  # warm the server's caches; not counted
    return statistics.median(time_to(browser, url, selector) for _ in range(REPEATS))


def measure() -> list[tuple[str, float, float]]:
    """(page, median ms, ratio to bare page)."""
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_PAGE, encoding="utf-8")
        with (
            streamlit_server(bare) as (bare_url, _),
            streamlit_server(ROOT / "app.py") as (app_url, _),
            sync_playwright() as driver,
        ):
            browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            baseline = median_ms(browser, bare_url, "text=hello")
            rows = [("bare page", baseline, 1.0)]
            for name, path in PAGES.items():
                selector = CHART if name in {"comparison", "follow_up", "levels"} else DONE
                ms = median_ms(browser, app_url + path, selector)
                rows.append((name, ms, ms / baseline))
            browser.close()
    return rows


def main() -> int:
    print(f"{'page':<12} {'median ms':>10} {'× bare':>8}")
    for name, ms, ratio in measure():
        print(f"{name:<12} {ms:>10.0f} {ratio:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
