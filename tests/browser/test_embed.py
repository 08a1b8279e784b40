"""The share tab's embed snippet pasted into a page: every chart fits its iframe, with no scrollbar inside.

Note that the host page is the snippet as a reader pastes it (iframe plus its few lines of script) and the
chart pages come from the suite's one server; the iframe must end up at least as tall as its content.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Frame, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from src.views import citation, share

from .test_browser import CHART, DESKTOP, PHONE, SCRIPT_DONE, WAIT_MS, PageFactory, text_alternatives

pytestmark = pytest.mark.browser

CHARTS: dict[str, dict[str, str]] = {
    "quality_index": {},
    "valid_labels": {},
    "follow_up": {},
    "level_distribution": {},
    "labels_per_year": {},
    "gold_scores": {},
    "expiry_radar": {},
    "europe_labels": {},
    "org_timeline": {"org": "gce-node"},
    "org_scores": {"org": "gce-node"},
}
SETTLE_MS = 300
# True once the iframe's document has not scrolled inside for `quietMs` (Streamlit scrolls in stMain, not the body).
FITS_JS = """(quietMs) => {
    const main = document.querySelector('[data-testid="stMain"]');
    const fits = main !== null && main.scrollHeight <= main.clientHeight
        && document.documentElement.scrollHeight <= window.innerHeight && main.clientHeight >= window.innerHeight - 1;
    const now = performance.now();
    if (!fits) { window.__kkFitSince = undefined; return false; }
    window.__kkFitSince = window.__kkFitSince ?? now;
    return now - window.__kkFitSince >= quietMs;
}"""
CONTENT_JS = """() => Math.ceil(
    document.querySelector('[data-testid="stMainBlockContainer"]').getBoundingClientRect().height
)"""
SIZES_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    return {inner: window.innerHeight, scroll: main && main.scrollHeight, client: main && main.clientHeight};
}"""


def host_page(app_url: str, charts: list[str]) -> str:
    """A plain article with each chart's snippet pasted in, as the share tab gives it."""
    parts = ["<!doctype html><html lang='en'><head><title>Host</title></head><body style='margin:0'>"]
    for chart_id in charts:
        url = share.embed_link(app_url, chart_id, CHARTS[chart_id])
        snippet = citation.embed_snippet(url, f"Chart {chart_id}", chart_id)
        parts += [f"<p>Before {chart_id}</p>", snippet, "<p>After</p>"]
    return "\n".join([*parts, "</body></html>"])


def chart_frame(page: Page, chart_id: str) -> Frame:
    """The loaded iframe of `chart_id`, scrolled into view (the snippet loads lazily) with its chart drawn."""
    iframe = page.locator(f'iframe[title="Chart {chart_id}"]')
    iframe.scroll_into_view_if_needed(timeout=WAIT_MS)
    frame = iframe.element_handle(timeout=WAIT_MS).content_frame()
    assert frame is not None
    frame.wait_for_selector(SCRIPT_DONE, state="attached", timeout=WAIT_MS)
    inner = page.frame_locator(f'iframe[title="Chart {chart_id}"]')
    expect(inner.locator(CHART)).to_be_visible(timeout=WAIT_MS)
    expect(text_alternatives(inner)).to_have_count(1, timeout=WAIT_MS)  # type: ignore[arg-type]
    return frame


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_every_embedded_chart_fits_its_iframe(
    new_page: PageFactory, app_url: str, screenshot_dir: Path, width: int
) -> None:
    page = new_page(width)
    page.set_content(host_page(app_url, list(CHARTS)), wait_until="domcontentloaded")
    too_small: dict[str, object] = {}
    not_followed: dict[str, tuple[float, int]] = {}
    for chart_id in CHARTS:
        frame = chart_frame(page, chart_id)
        try:
            frame.wait_for_function(FITS_JS, arg=SETTLE_MS, timeout=15_000)
        except PlaywrightTimeoutError:  # collect every chart that does not fit, then fail once
            too_small[chart_id] = frame.evaluate(SIZES_JS)
            continue
        # the snippet's script set the frame to the height the page reported, not just a tall enough start
        framed = page.locator(f'iframe[title="Chart {chart_id}"]').evaluate("f => f.getBoundingClientRect().height")
        content = frame.evaluate(CONTENT_JS)
        if abs(framed - content) > 1:
            not_followed[chart_id] = (framed, content)
    assert not too_small, f"charts that scroll inside their iframe at {width} px: {too_small}"
    assert not not_followed, f"iframe height against content height at {width} px: {not_followed}"
    page.set_content(host_page(app_url, ["europe_labels"]), wait_until="domcontentloaded")  # the tallest, alone
    chart_frame(page, "europe_labels").wait_for_function(FITS_JS, arg=SETTLE_MS, timeout=WAIT_MS)
    page.screenshot(path=str(screenshot_dir / f"embed_host_europe_{width}.png"), full_page=True)


def test_initial_height_fits_the_measured_heights() -> None:
    """Before the page reports (or when a site strips scripts) the iframe is tall enough at both widths."""
    for chart_id, (narrow, wide) in citation.EMBED_HEIGHTS.items():
        assert citation.embed_height(chart_id) >= max(narrow, wide)
        assert citation.embed_height(chart_id, PHONE) == narrow and citation.embed_height(chart_id, DESKTOP) == wide
    assert set(citation.EMBED_HEIGHTS) == set(CHARTS)
