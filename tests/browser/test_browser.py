"""The app in a real headless Chromium: pages render, filters follow the URL, downloads and search work.

Note that these tests look only at what a reader gets (DOM, URL, files), never at Python
internals, so they catch what unit tests cannot: a chart that never draws, a phone layout
that scrolls sideways, a link whose filters are lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pytest
from playwright.sync_api import Locator, Page, expect

from src.text.languages import language_names
from tests.colour_vision import contrast_ratio

pytestmark = pytest.mark.browser

PageFactory = Callable[[int], Page]

DESKTOP, PHONE = 1280, 390
WIDTHS = (DESKTOP, PHONE)


class PageSpec(NamedTuple):
    """A page's path and what it shows with the default filters (tables only count in the visible tab)."""

    path: str
    charts: int
    tables: int


LANGUAGE_NAMES = language_names()  # each language in itself, as the switch shows it
PAGES: dict[str, PageSpec] = {
    "overview": PageSpec("/", charts=1, tables=0),
    "comparison": PageSpec("/comparison", charts=2, tables=0),
    "follow_up": PageSpec("/follow_up", charts=1, tables=0),
    "levels": PageSpec("/levels", charts=3, tables=0),
    "register": PageSpec("/register", charts=0, tables=1),
    "sources": PageSpec("/sources", charts=0, tables=4),
    "story": PageSpec("/story", charts=0, tables=0),
    "renewal": PageSpec("/renewal", charts=1, tables=1),  # the must-renew list; per country is a plain table
}

WAIT_MS = 30_000  # an upper bound, not a sleep: every wait returns as soon as its condition holds
SETTLE_MS = 250  # how long the layout must stay unchanged to count as final
SETTLE_LIMIT_MS = 5_000
MAX_SCREENSHOT_HEIGHT = 12_000

CHART = '[data-testid="stVegaLiteChart"] svg'
TABLE = '[data-testid="stDataFrame"]:visible'  # loaded lazily, a moment after the script run ends
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
TEXT_ALTERNATIVE = re.compile(r"^\s*(Tekstalternativ|Text alternative):")
REGISTER_COUNT = re.compile(r"Viser (\d+) av 101 oppføringer[;.]")  # README v2: 101 public label records

# Streamlit scrolls inside <main data-testid="stMain">, not the document, so both are measured.
CONTENT_HEIGHT_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    return Math.max(main ? main.scrollHeight : 0, document.documentElement.scrollHeight);
}"""
HORIZONTAL_EXTENT_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    return {
        documentScrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        mainScrollWidth: main ? main.scrollWidth : 0,
        mainClientWidth: main ? main.clientWidth : 0,
    };
}"""
# Resolves once fonts are in and chart/table sizes and content height have been unchanged for `quietMs`
# (at most `limitMs`): web fonts and lazily loaded tables change the layout after the script run ends.
LAYOUT_SETTLED_JS = """async ([quietMs, limitMs]) => {
    const signature = () => {
        const boxes = [...document.querySelectorAll('[data-testid="stVegaLiteChart"] svg, [data-testid="stDataFrame"]')]
            .map((el) => { const r = el.getBoundingClientRect(); return `${r.width}x${r.height}`; });
        const main = document.querySelector('[data-testid="stMain"]');
        return boxes.join(",") + "|" + (main ? main.scrollHeight : 0) + "|" + document.fonts.status;
    };
    const start = performance.now();
    let last = signature();
    let since = start;
    while (performance.now() - start < limitMs) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const now = signature();
        if (now !== last) { last = now; since = performance.now(); }
        else if (performance.now() - since >= quietMs) return true;
    }
    return false;
}"""


def wait_until_idle(page: Page, charts: int, tables: int = 0) -> None:
    """Wait for the script run to end, Vega to draw and tables to load, so assertions see the final page."""
    expect(page.get_by_test_id("stApp")).to_be_attached(timeout=WAIT_MS)
    expect(page.locator(SCRIPT_DONE)).to_be_attached(timeout=WAIT_MS)
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=WAIT_MS)
    drawn = page.locator(CHART)
    expect(drawn).to_have_count(charts, timeout=WAIT_MS)
    for index in range(charts):
        expect(drawn.nth(index)).to_be_visible(timeout=WAIT_MS)
    expect(page.locator(TABLE)).to_have_count(tables, timeout=WAIT_MS)
    page.evaluate(LAYOUT_SETTLED_JS, [SETTLE_MS, SETTLE_LIMIT_MS])
    # Counted again once the layout is quiet: `to_have_count(0)` passes at once, before a chart or a lazily
    # loaded table appears, so a wrong expectation would otherwise pass or fail by timing alone.
    settled = {"charts": drawn.count(), "tables": page.locator(TABLE).count()}
    assert settled == {"charts": charts, "tables": tables}, f"{page.url}: expected {charts} charts and {tables} tables"


def open_app(page: Page, url: str, charts: int, tables: int = 0) -> None:
    """Open `url` and wait until the page is complete, with `charts` charts drawn and `tables` tables shown."""
    page.goto(url, wait_until="commit", timeout=WAIT_MS)
    wait_until_idle(page, charts, tables)


def text_alternatives(page: Page) -> Locator:
    """The captions under the charts that describe them in words (what a screen reader gets)."""
    return page.get_by_test_id("stCaptionContainer").filter(has_text=TEXT_ALTERNATIVE)


def save_whole_page(page: Page, path: Path) -> None:
    """Screenshot the whole page: grow the viewport to the content, since Streamlit scrolls inside stMain."""
    viewport = page.viewport_size
    assert viewport is not None
    for _ in range(3):  # a resize can reflow (the scrollbar goes, charts redraw), so measure until it fits
        height = min(max(int(page.evaluate(CONTENT_HEIGHT_JS)), viewport["height"]), MAX_SCREENSHOT_HEIGHT)
        current = page.viewport_size
        if current is not None and current["height"] == height:
            break
        page.set_viewport_size({"width": viewport["width"], "height": height})
        page.evaluate(LAYOUT_SETTLED_JS, [SETTLE_MS, SETTLE_LIMIT_MS])
    page.screenshot(path=str(path), full_page=True, animations="disabled", timeout=WAIT_MS)


@dataclass(frozen=True)
class Rendered:
    """What a reader got from one page at one width, measured before the screenshot resized the viewport."""

    charts: int
    exceptions: int
    titles: list[str]
    title_visible: bool
    extent: dict[str, int]
    screenshot: Path


Renderer = Callable[[str, int], Rendered]


@pytest.fixture(scope="module")
def rendered_cache() -> dict[tuple[str, int], Rendered]:
    """Page loads shared by the render and phone-width tests, so each page/width is opened once, not twice."""
    return {}


@pytest.fixture
def render(
    rendered_cache: dict[tuple[str, int], Rendered], new_page: PageFactory, app_url: str, screenshot_dir: Path
) -> Renderer:
    """Open a page at a width (once per module), measure it, then save its whole-page screenshot."""

    def load(name: str, width: int) -> Rendered:
        if (name, width) not in rendered_cache:
            spec = PAGES[name]
            page = new_page(width)
            open_app(page, app_url + spec.path, spec.charts, spec.tables)
            title = page.get_by_role("heading", level=1)
            measured = Rendered(
                charts=page.locator(CHART).count(),
                exceptions=page.get_by_test_id("stException").count(),
                titles=title.all_inner_texts(),
                title_visible=title.first.is_visible(),
                extent=page.evaluate(HORIZONTAL_EXTENT_JS),
                screenshot=screenshot_dir / f"{name}_{width}.png",
            )
            save_whole_page(page, measured.screenshot)  # last: it resizes the viewport
            page.close()
            rendered_cache[name, width] = measured
        return rendered_cache[name, width]

    return load


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders(render: Renderer, name: str, width: int) -> None:
    """Each page draws its charts, shows one title and no exception, at desktop and phone width."""
    result = render(name, width)

    assert result.charts == PAGES[name].charts
    assert result.exceptions == 0
    assert len(result.titles) == 1 and result.titles[0].strip(), result.titles
    assert result.title_visible
    assert result.screenshot.stat().st_size > 0


@pytest.mark.parametrize("name", list(PAGES))
def test_phone_has_no_horizontal_scroll(render: Renderer, name: str) -> None:
    """At 390 px nothing may push the page sideways; wide content must scroll inside its own box."""
    extent = render(name, PHONE).extent

    assert extent["documentScrollWidth"] <= extent["innerWidth"], extent
    assert extent["mainScrollWidth"] <= extent["mainClientWidth"], extent  # stMain is the real scroller


def test_url_parameters_set_the_filters(new_page: PageFactory, app_url: str) -> None:
    """A shared link reopens the same view: countries=NO leaves Denmark out, the plain page has both."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison?countries=NO", 2)
    only_norway = text_alternatives(page).all_inner_texts()
    assert len(only_norway) == 2, only_norway
    assert all("Danmark" not in text and "Norge" in text for text in only_norway), only_norway

    open_app(page, f"{app_url}/comparison", 2)
    default = text_alternatives(page).all_inner_texts()
    assert len(default) == 2, default
    assert all("Danmark" in text and "Norge" in text for text in default), default


def test_filter_change_updates_chart_and_url(new_page: PageFactory, app_url: str) -> None:
    """Removing Danmark in the «Land» filter redraws the charts without it and writes the filter to the URL."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison", 2)
    mentions_denmark = text_alternatives(page).filter(has_text="Danmark")
    expect(mentions_denmark).to_have_count(2)  # otherwise the removal below would prove nothing

    countries = page.get_by_test_id("stButtonGroup").filter(has_text="Norge")  # the «Land» pills
    countries.get_by_role("button", name="Danmark", exact=True).click()  # toggles Danmark off

    expect(mentions_denmark).to_have_count(0, timeout=WAIT_MS)
    expect(page).to_have_url(re.compile(r"[?&]countries=NO(&|$)"), timeout=WAIT_MS)
    wait_until_idle(page, 2)
    final = text_alternatives(page).all_inner_texts()
    assert len(final) == 2, final
    assert all("Danmark" not in text and "Norge" in text for text in final), final


def test_malformed_url_parameter_gives_notice_and_default(new_page: PageFactory, app_url: str) -> None:
    """A link with an unknown value is untrusted input: say so, show the default view, never a traceback."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison?countries=XX", 2)

    expect(page.get_by_test_id("stAlert").filter(has_text="ukjent verdi")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    texts = text_alternatives(page).all_inner_texts()
    assert len(texts) == 2, texts
    assert all("Danmark" in text and "Norge" in text for text in texts), texts


def test_download_yields_csv_file(new_page: PageFactory, app_url: str, tmp_path: Path) -> None:
    """The article's figures download as a CSV that Excel opens as UTF-8 (BOM) with the right numbers."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/sources", charts=0, tables=PAGES["sources"].tables)

    button = page.get_by_role("button", name="Tall fra artikkelen (CSV)")
    with page.expect_download(timeout=WAIT_MS) as download_info:
        button.click()
    download = download_info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)

    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), data[:20]
    assert "Kvalitetsindeks 63,6" in data.decode("utf-8-sig")


def test_register_search_filters_rows(new_page: PageFactory, app_url: str) -> None:
    """?q=NODE fills the search box and narrows the table to fewer than all 101 records."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/register?q=NODE", charts=0, tables=1)

    expect(page.get_by_role("textbox", name="Søk i navn")).to_have_value("NODE")
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text=REGISTER_COUNT)
    expect(caption).to_be_visible()
    match = REGISTER_COUNT.search(caption.inner_text())
    assert match is not None
    assert 0 < int(match[1]) < 101, match[0]


def test_language_switch_turns_the_page_english_and_keeps_it(new_page: PageFactory, app_url: str) -> None:
    """One click to English; the choice shows in the address and survives a page switch."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison", 2)
    page.get_by_role("radio", name="English", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Norway and Denmark", timeout=WAIT_MS)
    expect(page).to_have_url(re.compile(r"[?&]lang=en(&|$)"), timeout=WAIT_MS)
    wait_until_idle(page, 2)
    assert any("63.6 out of 100" in text for text in text_alternatives(page).all_inner_texts())
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Follow-up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Follow-up"), timeout=WAIT_MS)
    expect(page).to_have_url(re.compile(r"follow_up\?(.*&)?lang=en"), timeout=WAIT_MS)


def test_embedded_chart_shows_only_the_chart(new_page: PageFactory, app_url: str, screenshot_dir: Path) -> None:
    """The embed address draws one chart with its caption, and no page title or language switch."""
    page = new_page(PHONE)
    open_app(page, f"{app_url}/chart?embed=true&chart=quality_index&countries=NO", 1)
    expect(page.get_by_role("heading", level=1)).to_have_count(0)
    expect(page.get_by_role("radio", name="English", exact=True)).to_have_count(0)
    texts = text_alternatives(page).all_inner_texts()
    assert len(texts) == 1 and "Norge 63,6" in texts[0] and "Danmark" not in texts[0], texts
    page.screenshot(path=str(screenshot_dir / "chart_embed_390.png"))


def test_chart_image_download_is_a_captioned_png(
    new_page: PageFactory, app_url: str, tmp_path: Path, screenshot_dir: Path
) -> None:
    """From a chart's «Last ned og del» tab, the PNG downloads at 2× width with a telling file name."""
    page = new_page(PHONE)
    open_app(page, f"{app_url}/follow_up", 1)
    page.get_by_role("tab", name="Last ned og del").first.click()
    button = page.get_by_role("button", name="Bilde (PNG)").first
    expect(button).to_be_visible(timeout=WAIT_MS)
    page.screenshot(path=str(screenshot_dir / "share_tab_390.png"), full_page=True)
    with page.expect_download(timeout=WAIT_MS) as download_info:
        button.click()
    download = download_info.value
    assert re.fullmatch(r"klyngekvalitet_follow_up_nb_2017-03-28\.png", download.suggested_filename)
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") >= 1600  # IHDR width


PROJECTOR = 1920


@pytest.mark.parametrize(
    ("name", "width", "lang"),
    [
        *((n, PHONE, "en") for n in PAGES),
        *((n, PHONE, "da") for n in PAGES),  # Danish words run longer than English ones: the narrowest case
        ("story", PROJECTOR, "en"),
        ("comparison", PROJECTOR, "en"),
    ],
)
def test_other_languages_fit_phone_and_projector(
    new_page: PageFactory, app_url: str, screenshot_dir: Path, name: str, width: int, lang: str
) -> None:
    """English and Danish pages draw their charts, show no exception and never scroll sideways; screenshots kept."""
    spec = PAGES[name]
    page = new_page(width)
    separator = "&" if "?" in spec.path else "?"
    open_app(page, f"{app_url}{spec.path}{separator}lang={lang}", spec.charts, spec.tables)
    expect(page.get_by_role("radio", name=LANGUAGE_NAMES[lang], exact=True)).to_be_checked()
    expect(page.locator("html")).to_have_attribute("lang", lang, timeout=WAIT_MS)
    assert page.get_by_test_id("stException").count() == 0
    extent = page.evaluate(HORIZONTAL_EXTENT_JS)
    assert extent["documentScrollWidth"] <= extent["innerWidth"], extent
    assert extent["mainScrollWidth"] <= extent["mainClientWidth"], extent
    save_whole_page(page, screenshot_dir / f"{name}_{width}_{lang}.png")


LINK_STYLE_JS = """(link) => {
    const text = link.querySelector('p') || link;
    const style = getComputedStyle(text);
    return {color: style.color, decoration: style.textDecorationLine};
}"""


def test_overview_explore_links_look_like_links(new_page: PageFactory, app_url: str, screenshot_dir: Path) -> None:
    """'Utforsk videre' at 390 px: each page link underlined in a link colour at >= 4.5:1 (it was plain dark text)."""
    page = new_page(PHONE)
    open_app(page, app_url + PAGES["overview"].path, PAGES["overview"].charts, PAGES["overview"].tables)
    links = page.get_by_test_id("stMain").get_by_test_id("stPageLink-NavLink")
    expect(links.first).to_be_visible(timeout=WAIT_MS)
    assert links.count() >= 8
    for index in range(links.count()):
        style = links.nth(index).evaluate(LINK_STYLE_JS)
        assert "underline" in style["decoration"], style
        red, green, blue = (int(v) for v in re.findall(r"\d+", style["color"])[:3])
        assert contrast_ratio(f"#{red:02X}{green:02X}{blue:02X}", "#FFFFFF") >= 4.5, style
        assert (red, green, blue) != (31, 35, 40), f"link drawn in the body text colour: {style}"
    links.last.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "overview_explore_links_390.png"))
