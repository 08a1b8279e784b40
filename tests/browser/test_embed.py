"""The share tab's embed snippet pasted into a page: every chart fits its iframe, with no scrollbar inside.

Note that the host page is the snippet as a reader pastes it (iframe plus its few lines of script) and the
chart pages come from the suite's one server; the iframe must end up at least as tall as its content.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Frame, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from src.views import citation, registry, share

from .test_browser import CHART, DESKTOP, PHONE, SCRIPT_DONE, WAIT_MS, PageFactory, text_alternatives

pytestmark = pytest.mark.browser

CHARTS: dict[str, dict[str, str]] = {chart.chart_id: dict(chart.example) for chart in registry.CHARTS}
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
        snippet = citation.embed_snippet(url, f"Chart {chart_id}", registry.CHART_BY_ID[chart_id].embed.start)
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
    unmeasured: dict[str, tuple[int, int]] = {}
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
        if content > registry.CHART_BY_ID[chart_id].embed.height(width):  # the registry's start must fit it
            unmeasured[chart_id] = (content, registry.CHART_BY_ID[chart_id].embed.height(width))
    assert not too_small, f"charts that scroll inside their iframe at {width} px: {too_small}"
    assert not not_followed, f"iframe height against content height at {width} px: {not_followed}"
    assert not unmeasured, f"content taller than the registry's Embed at {width} px (content, registry): {unmeasured}"
    page.set_content(host_page(app_url, ["europe_labels"]), wait_until="domcontentloaded")  # the tallest, alone
    chart_frame(page, "europe_labels").wait_for_function(FITS_JS, arg=SETTLE_MS, timeout=WAIT_MS)
    page.screenshot(path=str(screenshot_dir / f"embed_host_europe_{width}.png"), full_page=True)


def test_initial_height_fits_the_measured_heights() -> None:
    """Before the page reports (or when a site strips scripts) the iframe is tall enough at both widths."""
    for chart in registry.CHARTS:
        embed = chart.embed
        assert embed.start >= max(embed.phone, embed.wide)
        assert embed.height(PHONE) == embed.phone and embed.height(DESKTOP) == embed.wide
        between = embed.height((PHONE + DESKTOP) // 2)
        assert min(embed.phone, embed.wide) <= between <= max(embed.phone, embed.wide)
