"""The presenter's slides on real projector sizes, stepped with clicker keys in headless Chromium.

One page per size and language steps through the whole deck with the keys a clicker sends, so
the suite stays at a few minutes: every slide is measured where a presenter would see it, in
presentation mode (`?embed=true`), with nothing of Streamlit's chrome around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from src.facts.data import load_tables
from src.views.story import slides

pytestmark = pytest.mark.browser

SIZES = ((1280, 720), (1024, 768), (1366, 768), (1920, 1080))
SCREENSHOT_SIZES = {(1280, 720), (1920, 1080)}
LANGS = ("nb", "en")
PHONE = (390, 844)
# The keys clickers send for "next", used in turn while stepping so each one is exercised.
NEXT_KEYS = ("PageDown", "Space", "ArrowRight", "Period", "ArrowDown", "PageDown")
WAIT_MS = 30_000

SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
COUNTER = '.st-key-story_bar [data-testid="stMarkdown"]'
SLIDE = ".st-key-story_slide"
CHART = '.st-key-story_chart [data-testid="stVegaLiteChart"] svg.marks'

# Where the slide's parts end, and whether anything scrolls: Streamlit scrolls inside stMain.
MEASURE_JS = """() => {
    const box = (sel) => { const e = document.querySelector(sel); return e ? e.getBoundingClientRect() : null; };
    const main = document.querySelector('[data-testid="stMain"]');
    const slide = document.querySelector('.st-key-story_slide');
    const parts = ['.st-key-story_slide h1', '.st-key-story_takeaway', '.st-key-story_evidence',
                   '.st-key-story_chart', '.st-key-story_source'];
    return {
        viewport: window.innerHeight,
        scrollTop: main ? main.scrollTop : 0,
        slideBottom: slide.getBoundingClientRect().bottom,
        scrollers: [slide, ...slide.querySelectorAll('*')].filter((e) =>
            ['auto', 'scroll'].includes(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1).length,
        bottoms: Object.fromEntries(parts.map((p) => [p, box(p) ? box(p).bottom : null])),
        chartHeight: box('.st-key-story_chart svg.marks') ? box('.st-key-story_chart svg.marks').height : null,
        widthOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
}"""
CHROME_JS = """() => ({
    sidebar: document.querySelectorAll('[data-testid="stSidebar"], [data-testid="stSidebarNav"]').length,
    header: [...document.querySelectorAll('[data-testid="stHeader"], [data-testid="stToolbar"]')]
        .filter((e) => e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden').length,
    languageSwitch: document.querySelectorAll('.st-key-lang_switch').length,
})"""
# True once the server has echoed the last key press the page sent (story_keys.js keeps both numbers).
PRESSES_ANSWERED_JS = "() => { const s = window.__klyngeStory; return !!(s && s.data && s.data.seq >= s.seq); }"
# Resolves once the chart box and the slide have kept their size for `quietMs` (fonts, Vega, the box fit).
SETTLED_JS = """async ([quietMs, limitMs]) => {
    const sig = () => [...document.querySelectorAll('.st-key-story_slide, .st-key-story_chart svg.marks')]
        .map((e) => { const r = e.getBoundingClientRect(); return `${r.width}x${r.height}`; }).join(',')
        + document.fonts.status;
    const start = performance.now();
    let last = sig(), since = start;
    while (performance.now() - start < limitMs) {
        await new Promise((r) => setTimeout(r, 50));
        const now = sig();
        if (now !== last) { last = now; since = performance.now(); }
        else if (performance.now() - since >= quietMs) return true;
    }
    return false;
}"""


@pytest.fixture(scope="module")
def titles() -> dict[str, list[str]]:
    """Each slide's title per language, from the same data the server reads."""
    tables = load_tables()
    return {lang: [s.title for s in slides.build_story(tables, lang)] for lang in LANGS}


@pytest.fixture
def sized(browser: Browser) -> Iterator[dict[tuple[int, int], BrowserContext]]:
    made: dict[tuple[int, int], BrowserContext] = {}
    yield made
    for context in made.values():
        context.close()


def open_story(sized: dict[tuple[int, int], BrowserContext], browser: Browser, url: str, size: tuple[int, int]) -> Page:
    if size not in sized:
        sized[size] = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="nb-NO")
    page = sized[size].new_page()
    page.goto(url, wait_until="commit", timeout=WAIT_MS)
    return page


def wait_for_slide(page: Page, number: int, title: str) -> None:
    """The slide `number` is on screen with its title, the keys work, the script is done, the layout settled."""
    expect(page.locator(".st-key-story_keys button")).to_be_visible(timeout=WAIT_MS)  # the key handler is in
    expect(page.locator(COUNTER)).to_have_text(f"{number} / {slides.SLIDE_COUNT}", timeout=WAIT_MS)
    expect(page.locator(SCRIPT_DONE)).to_be_attached(timeout=WAIT_MS)
    expect(page.locator(f"{SLIDE} h1")).to_have_text(title, timeout=WAIT_MS)
    if page.locator(".st-key-story_chart").count():
        expect(page.locator(CHART)).to_be_visible(timeout=WAIT_MS)
    page.evaluate(SETTLED_JS, [200, 5_000])


def wait_for_presses_answered(page: Page) -> None:
    """Every key press the page sent has been handled by a finished script run: no slide change is on its way.

    Note that story_keys.js numbers the presses it sends (`seq`) and the server echoes the last one it
    handled (`data.seq`); waiting for the two to meet replaces a fixed pause that hoped they had.
    """
    page.wait_for_function(PRESSES_ANSWERED_JS, timeout=WAIT_MS)
    expect(page.locator(SCRIPT_DONE)).to_be_attached(timeout=WAIT_MS)


def assert_fits(page: Page, label: str) -> None:
    m = page.evaluate(MEASURE_JS)
    assert m["scrollTop"] == 0, (label, m)
    assert m["scrollers"] == 0, (label, m)  # nothing scrolls inside the slide
    for part, bottom in m["bottoms"].items():
        assert bottom is None or bottom <= m["viewport"], (
            label,
            part,
            m,
        )  # title, takeaway, chart, source: all in view
    assert m["slideBottom"] <= m["viewport"], (label, m)
    assert m["widthOverflow"] <= 0, (label, m)
    if m["chartHeight"] is not None:
        assert m["chartHeight"] >= 0.3 * m["viewport"], (label, m)  # the chart uses the room, not a sliver


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_slide_fits_the_projector_and_the_clicker_steps_through(
    browser: Browser,
    sized: dict[tuple[int, int], BrowserContext],
    app_url: str,
    screenshot_dir: Path,
    titles: dict[str, list[str]],
    size: tuple[int, int],
    lang: str,
) -> None:
    """Presentation mode at a projector size: each slide in view without scrolling, no menu, keys step."""
    page = open_story(sized, browser, f"{app_url}/story?embed=true&lang={lang}", size)
    for number in range(1, slides.SLIDE_COUNT + 1):
        wait_for_slide(page, number, titles[lang][number - 1])
        label = f"{lang} {size[0]}x{size[1]} slide {number}"
        assert_fits(page, label)
        if number == 1:
            assert page.evaluate(CHROME_JS) == {"sidebar": 0, "header": 0, "languageSwitch": 0}, label
        if size in SCREENSHOT_SIZES:
            path = screenshot_dir / f"story_{lang}_{size[0]}x{size[1]}_slide{number}.png"
            page.screenshot(path=str(path), animations="disabled")
        if number < slides.SLIDE_COUNT:
            page.keyboard.press(NEXT_KEYS[number - 1])
    page.close()


def test_fast_presses_are_not_dropped_and_every_clicker_key_steps(
    browser: Browser, sized: dict[tuple[int, int], BrowserContext], app_url: str, titles: dict[str, list[str]]
) -> None:
    page = open_story(sized, browser, f"{app_url}/story?embed=true", (1280, 720))
    nb = titles["nb"]
    wait_for_slide(page, 1, nb[0])
    for name in ("Forrige", "Neste", "QR-kode", "Avslutt presentasjon"):  # what a screen reader announces
        expect(page.get_by_role("button", name=name, exact=True)).to_have_count(1)
    for _ in range(3):
        page.keyboard.press("ArrowRight")  # no waiting in between: a presenter clicking fast
    wait_for_slide(page, 4, nb[3])
    wait_for_presses_answered(page)
    expect(page.locator(COUNTER)).to_have_text(f"4 / {slides.SLIDE_COUNT}")  # three presses, three slides, no more
    for key, number in (("PageUp", 3), ("b", 2), ("PageDown", 3), ("ArrowLeft", 2), ("ArrowUp", 1), ("Period", 2)):
        page.keyboard.press(key)
        wait_for_slide(page, number, nb[number - 1])
    page.keyboard.press("Shift+Space")
    wait_for_slide(page, 1, nb[0])
    page.keyboard.press("End")
    wait_for_slide(page, slides.SLIDE_COUNT, nb[-1])
    page.keyboard.press("PageDown")  # past the end: stays
    wait_for_presses_answered(page)
    expect(page.locator(COUNTER)).to_have_text(f"{slides.SLIDE_COUNT} / {slides.SLIDE_COUNT}")
    assert "slide=7" in page.url
    page.close()


def test_slide_99_is_the_last_slide(
    browser: Browser, sized: dict[tuple[int, int], BrowserContext], app_url: str, titles: dict[str, list[str]]
) -> None:
    page = open_story(sized, browser, f"{app_url}/story?slide=99&embed=true&lang=en", (1280, 720))
    wait_for_slide(page, slides.SLIDE_COUNT, titles["en"][-1])
    assert re.search(rf"[?&]slide={slides.SLIDE_COUNT}\b", page.url), page.url
    page.close()


def test_presenting_hides_the_menu_from_eyes_and_keyboard(
    browser: Browser, sized: dict[tuple[int, int], BrowserContext], app_url: str, titles: dict[str, list[str]]
) -> None:
    """The present button opens presentation mode; Tab then only reaches what is on screen."""
    page = open_story(sized, browser, f"{app_url}/story?slide=2", (1024, 768))
    wait_for_slide(page, 2, titles["nb"][1])
    assert page.evaluate(CHROME_JS)["sidebar"] > 0  # the normal page has its menu
    present = page.get_by_role("button", name="Presenter", exact=True)
    expect(present).to_be_visible()
    present.click()
    page.wait_for_url(re.compile(r"embed=true"), timeout=WAIT_MS)
    wait_for_slide(page, 2, titles["nb"][1])
    assert page.evaluate(CHROME_JS) == {"sidebar": 0, "header": 0, "languageSwitch": 0}
    for _ in range(12):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement)
                e = e.shadowRoot.activeElement; const r = e.getBoundingClientRect();
                return {tag: e.tagName, text: (e.innerText || '').slice(0, 40), left: r.left, right: r.right,
                        inNav: !!e.closest('[data-testid="stSidebar"]')}; }"""
        )
        assert not focused["inNav"], focused
        if focused["tag"] != "BODY":
            assert focused["right"] > 0 and focused["left"] < 1024, focused  # nothing focusable off-screen
    page.keyboard.press("Escape")  # leaves presentation mode
    page.wait_for_url(lambda url: "embed=true" not in url, timeout=WAIT_MS)
    page.close()


def test_the_qr_key_shows_the_address_and_the_phone_page_reads_well(
    browser: Browser, sized: dict[tuple[int, int], BrowserContext], app_url: str, screenshot_dir: Path
) -> None:
    page = open_story(sized, browser, f"{app_url}/story?embed=true&slide=3", (1280, 720))
    expect(page.locator(COUNTER)).to_have_text(f"3 / {slides.SLIDE_COUNT}", timeout=WAIT_MS)
    expect(page.get_by_role("button", name="Avslutt presentasjon")).to_be_visible(timeout=WAIT_MS)  # keys ready
    page.keyboard.press("q")
    code = page.get_by_role("img", name=re.compile(r"^QR-kode med adressen "))
    expect(code).to_be_visible(timeout=WAIT_MS)
    box = code.bounding_box()
    assert box is not None and box["width"] >= 250 and box["y"] + box["height"] <= 720  # big, and in view
    address = page.locator(".st-key-story_join_address").inner_text().strip()
    assert address == f"{app_url}/"
    page.screenshot(path=str(screenshot_dir / "story_qr_1280x720.png"), animations="disabled")
    page.keyboard.press("Escape")
    expect(page.locator(f"{SLIDE} h1")).to_be_visible(timeout=WAIT_MS)
    page.close()

    phone = open_story(sized, browser, address, PHONE)
    expect(phone.locator(SCRIPT_DONE)).to_be_attached(timeout=WAIT_MS)
    expect(phone.get_by_role("heading", level=1)).to_be_visible(timeout=WAIT_MS)
    extent = phone.evaluate(
        """() => { const m = document.querySelector('[data-testid="stMain"]');
            return {doc: document.documentElement.scrollWidth, inner: window.innerWidth,
                    main: m.scrollWidth, mainClient: m.clientWidth}; }"""
    )
    assert extent["doc"] <= extent["inner"] and extent["main"] <= extent["mainClient"], extent
    phone.screenshot(path=str(screenshot_dir / "story_join_landing_390.png"), animations="disabled")
    phone.close()


def test_a_collapsed_menu_is_out_of_the_tab_order_and_still_opens(
    browser: Browser, sized: dict[tuple[int, int], BrowserContext], app_url: str, titles: dict[str, list[str]]
) -> None:
    """On a narrow screen the menu is collapsed off-screen: Tab must not walk through its hidden links."""
    page = open_story(sized, browser, f"{app_url}/story?slide=2", PHONE)
    wait_for_slide(page, 2, titles["nb"][1])
    for _ in range(6):
        page.keyboard.press("Tab")
        in_menu = page.evaluate("() => !!document.activeElement.closest('[data-testid=\"stSidebar\"]')")
        assert not in_menu
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(page.get_by_test_id("stSidebarNav").get_by_role("link", name="Oversikt")).to_be_visible(timeout=WAIT_MS)
    page.close()
