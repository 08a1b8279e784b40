"""Time from navigation to first chart drawn, per page, against a bare one-line Streamlit page (same run).

Run: `.venv/bin/python -m bench.first_chart`. Each page is opened in a fresh browser context
REPEATS times; the median is reported with its ratio to the bare page's median. A second yardstick,
a bare page with one one-bar chart, shows what Streamlit's chart code costs by itself (the browser
fetches and compiles about 0.9 MB of Vega JavaScript the first time a page draws a chart). No assertions.
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
         "register": "/register", "renewal": "/renewal", "sources": "/sources", "story": "/story"}  # fmt: skip
CHART = '[data-testid="stVegaLiteChart"] svg'
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
BARE_CHART_PAGE = (
    "import streamlit as st\n\n"
    'x, y = {"field": "x", "type": "nominal"}, {"field": "y", "type": "quantitative"}\n'
    'st.vega_lite_chart({"data": {"values": [{"x": "a", "y": 1}]}, "mark": "bar", "encoding": {"x": x, "y": y}})\n'
)


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
        bare_chart = Path(folder) / "bare_chart.py"
        bare_chart.write_text(BARE_CHART_PAGE, encoding="utf-8")
        with (
            streamlit_server(bare) as (bare_url, _),
            streamlit_server(bare_chart) as (bare_chart_url, _),
            streamlit_server(ROOT / "app.py") as (app_url, _),
            sync_playwright() as driver,
        ):
            browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            baseline = median_ms(browser, bare_url, "text=hello")
            rows = [("bare page", baseline, 1.0)]
            chart_ms = median_ms(browser, bare_chart_url, CHART)
            rows.append(("bare chart", chart_ms, chart_ms / baseline))
            for name, path in PAGES.items():
                selector = CHART if name in {"comparison", "follow_up", "levels", "renewal"} else DONE
                ms = median_ms(browser, app_url + path, selector)
                rows.append((name, ms, ms / baseline))
            browser.close()
    return rows


def main() -> int:
    rows = measure()
    chart_ms = rows[1][1]
    print(f"{'page':<12} {'median ms':>10} {'× bare':>8} {'× bare chart':>13}")
    for name, ms, ratio in rows:
        print(f"{name:<12} {ms:>10.0f} {ratio:>8.2f} {ms / chart_ms:>13.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
