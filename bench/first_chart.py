"""Time from navigation to first chart drawn, per page, against bare Streamlit pages measured in the same run.

Run: `.venv/bin/python -m bench.first_chart [repeats] [page ...]`. Each round opens every page once, in a
shuffled order, each in a fresh browser context (cold cache); a page's ratio is the median over rounds of its
time divided by the bare one-chart page's time *in the same round*, so load from other work on the machine
drifts out. The bare one-line page and the bare one-chart page (the browser fetches and compiles about 0.9 MB
of Vega JavaScript the first time a page draws a chart) are the yardsticks. Reports medians with the spread
(25th–75th percentile). No assertions.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from bench.servers import BARE_PAGE, CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_server

REPEATS = 9
PAGES = {"overview": "/", "comparison": "/comparison", "follow_up": "/follow_up", "levels": "/levels",
         "register": "/register", "renewal": "/renewal", "sources": "/sources", "story": "/story",
         "organisation": "/organisation?org=gce-node"}  # fmt: skip
CHART_PAGES = {"comparison", "follow_up", "levels", "renewal", "organisation"}  # the others: script finished
CHART = '[data-testid="stVegaLiteChart"] svg'
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
BARE_CHART_PAGE = (
    "import streamlit as st\n\n"
    'x, y = {"field": "x", "type": "nominal"}, {"field": "y", "type": "quantitative"}\n'
    'st.vega_lite_chart({"data": {"values": [{"x": "a", "y": 1}]}, "mark": "bar", "encoding": {"x": x, "y": y}})\n'
)
Target = tuple[str, str, str]  # name, URL, selector that means "drawn"


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


def rounds(browser: Browser, targets: list[Target], repeats: int) -> dict[str, list[float]]:
    """Each target's times, one per round; every round visits all targets in a new random order."""
    for _, url, selector in targets:
        time_to(browser, url, selector)  # warm the servers' caches; not counted
    times: dict[str, list[float]] = {name: [] for name, _, _ in targets}
    order = list(targets)
    shuffler = random.Random(13)
    for _ in range(repeats):
        shuffler.shuffle(order)
        for name, url, selector in order:
            times[name].append(time_to(browser, url, selector))
    return times


def quartiles(values: list[float]) -> tuple[float, float, float]:
    """(25th percentile, median, 75th percentile)."""
    low, mid, high = statistics.quantiles(values, n=4, method="inclusive")
    return low, mid, high


def measure(repeats: int, pages: list[str]) -> dict[str, list[float]]:
    """Times per round for the two bare pages and `pages` of the app."""
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
            targets = [("bare page", bare_url, "text=hello"), ("bare chart", bare_chart_url, CHART)]
            targets += [(p, app_url + PAGES[p], CHART if p in CHART_PAGES else DONE) for p in pages]
            times = rounds(browser, targets, repeats)
            browser.close()
    return times


def main() -> int:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else REPEATS
    pages = sys.argv[2:] or [p for p in PAGES if (ROOT / "app_pages" / f"{p}.py").exists()]
    times = measure(repeats, pages)
    chart = times["bare chart"]
    print(f"{repeats} rounds; ratio = median over rounds of page ÷ bare chart in the same round")
    print(f"{'page':<13} {'median ms':>9} {'p25–p75 ms':>13} {'× bare chart':>12} {'p25–p75 ×':>11}")
    for name, values in times.items():
        ratios = [v / c for v, c in zip(values, chart, strict=True)]
        low, mid, high = quartiles(values)
        r_low, r_mid, r_high = quartiles(ratios)
        print(f"{name:<13} {mid:>9.0f} {low:>6.0f}–{high:<6.0f} {r_mid:>12.2f} {r_low:>5.2f}–{r_high:<5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
