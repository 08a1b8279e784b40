"""First paint in real Chromium: a static page (nginx) against the app's same page (Streamlit), same run.

Run: `.venv/bin/python -m bench.static_paint`. For each page, a fresh browser context (cold cache) opens
it REPEATS times; reported: the median time from navigation to the chart drawn (to the key figures on
the overview) and the browser's own first-contentful-paint, and the app ÷ static ratio. No assertions.
"""

from __future__ import annotations

import statistics
import sys
import time

from playwright.sync_api import Browser, sync_playwright

from bench.nginx import static_server
from bench.servers import CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_server
from bench.static_burst import OUT
from src.site.build import build_site

REPEATS = 5
APP_CHART = '[data-testid="stVegaLiteChart"] svg'
APP_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"] [data-testid="stMetric"]'
PAGES = {  # page: (static path, static selector, app path, app selector)
    "overview": ("/", ".card-value", "/", APP_DONE),
    "comparison": ("/comparison/", ".drawing.wide svg", "/comparison", APP_CHART),
    "follow_up": ("/follow_up/", ".drawing.wide svg", "/follow_up", APP_CHART),
    "levels": ("/levels/", ".drawing.wide svg", "/levels", APP_CHART),
    "renewal": ("/renewal/", ".drawing.wide svg", "/renewal", APP_CHART),
}
FCP = "() => (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: NaN}).startTime"


def time_to(browser: Browser, url: str, selector: str) -> tuple[float, float]:
    """(ms until `selector` is visible, first-contentful-paint ms), in a fresh context."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.locator(selector).first.wait_for(state="visible", timeout=90_000)
    elapsed = (time.perf_counter() - start) * 1000
    fcp = float(page.evaluate(FCP))
    context.close()
    return elapsed, fcp


def medians(browser: Browser, url: str, selector: str) -> tuple[float, float]:
    time_to(browser, url, selector)  # warm the server; not counted
    runs = [time_to(browser, url, selector) for _ in range(REPEATS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> int:
    if not (OUT / "index.html").exists():
        build_site(OUT)
    with (
        static_server(OUT) as (static_url, _),
        streamlit_server(ROOT / "app.py") as (app_url, _),
        sync_playwright() as driver,
    ):
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(f"{'page':<11} {'static ms':>9} {'app ms':>8} {'× static':>8}   {'FCP static':>10} {'FCP app':>8}")
        for name, (static_path, static_sel, app_path, app_sel) in PAGES.items():
            s_ms, s_fcp = medians(browser, static_url + static_path, static_sel)
            a_ms, a_fcp = medians(browser, app_url + app_path, app_sel)
            print(
                f"{name:<11} {s_ms:>9.0f} {a_ms:>8.0f} {a_ms / s_ms:>8.1f}   {s_fcp:>10.0f} {a_fcp:>8.0f}", flush=True
            )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
