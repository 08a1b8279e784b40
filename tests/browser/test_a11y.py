"""WCAG 2.1 A/AA in a real browser: axe-core on every page, every language, both widths, every chart tab open.

Note that axe only judges contrast for text inside the viewport, and Streamlit scrolls inside
`stMain`, not the document: so the viewport is first grown to the content's height and, if the
content is taller than the cap, `stMain` is swept a screen at a time, with axe run at each stop.
Every page listed in app.py's navigation is audited (and every story slide), so a new page is covered without
editing this file.
The report (rule, impact, nodes, page, language, width, tab) is saved to test-artifacts/a11y/.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Locator, Page, expect

from src.text.i18n import LANGUAGES, t
from src.views import registry
from src.views.story import navigation, slides

from .conftest import ARTIFACTS_DIR, PHONE_HEIGHT, PHONE_WIDTH
from .test_browser import LAYOUT_SETTLED_JS, SCRIPT_DONE, SETTLE_LIMIT_MS, SETTLE_MS, WAIT_MS

pytestmark = [pytest.mark.browser, pytest.mark.a11y]

PageFactory = Callable[[int], Page]

DESKTOP, PHONE = 1280, 390
LANGS = LANGUAGES  # every language in the table (nb, en, da)
APP_NAME = "Klyngekvalitet"
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
# axe files heading order under "best practice", not under a WCAG tag; we hold it to the same bar (WCAG 1.3.1).
EXTRA_RULES = ("heading-order",)
MAX_VIEWPORT_HEIGHT = 12_000
REPORT_DIR = ARTIFACTS_DIR / "a11y"

TABS = '[data-testid="stTabs"]'
CHART = '[data-testid="stVegaLiteChart"]'
EXPANDER_SUMMARY = '[data-testid="stExpander"] details:not([open]) > summary'
SIDEBAR = '[data-testid="stSidebar"]'

SCROLL_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    return main ? {top: main.scrollTop, height: main.scrollHeight, client: main.clientHeight} : null;
}"""
CONTENT_HEIGHT_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    return Math.max(main ? main.scrollHeight : 0, document.documentElement.scrollHeight);
}"""
FOCUSED_IN_SIDEBAR_JS = f"() => !!(document.activeElement && document.activeElement.closest('{SIDEBAR}'))"


class AppPage(NamedTuple):
    """One page of the app's navigation: its address and the catalog key of its menu title."""

    name: str
    path: str
    title_key: str


def app_pages() -> list[AppPage]:
    """Every page of the registry (which app.py's menu lists), with the address Streamlit gives it."""
    return [AppPage(p.name, "/" if p.default else f"/{p.url_path}", p.nav_key) for p in registry.PAGES]


PAGES = app_pages()


def failure_text(rows: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{r['state']}: {r['rule']} ({r['impact']}) {r['help']}: "
        + "; ".join(n["summary"][:200] for n in r["nodes"][:3])
        for r in rows
    )


def with_lang(path: str, lang: str) -> str:
    return path if lang == "nb" else f"{path}{'&' if '?' in path else '?'}lang={lang}"


def settle(page: Page) -> None:
    """The script run has ended, every chart is drawn and the layout has stopped moving."""
    expect(page.locator(SCRIPT_DONE)).to_be_attached(timeout=WAIT_MS)
    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=WAIT_MS)
    charts = page.locator(CHART)
    for index in range(charts.count()):
        expect(charts.nth(index).locator("svg")).to_be_attached(timeout=WAIT_MS)
    page.evaluate(LAYOUT_SETTLED_JS, [SETTLE_MS, SETTLE_LIMIT_MS])


def open_page(page: Page, url: str) -> None:
    page.goto(url, wait_until="commit", timeout=WAIT_MS)
    expect(page.get_by_test_id("stApp")).to_be_attached(timeout=WAIT_MS)
    settle(page)


def open_tabs(page: Page, tab_lists: Locator, index: int) -> None:
    """Open tab `index` of every chart's tab list, then wait until each panel is built (each click reruns the script).

    Note that the clicks do not wait for one another's rerun: Streamlit folds them into the run that follows,
    and waiting once for all panels saves a settle per chart.
    """
    panels: list[Locator] = []
    for number in range(tab_lists.count()):
        tab = tab_lists.nth(number).get_by_role("tab").nth(index)
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true", timeout=WAIT_MS)
        panels.append(page.locator(f"[id='{tab.get_attribute('aria-controls')}']"))
    for panel in panels:
        expect(panel.get_by_test_id("stElementContainer").first).to_be_attached(timeout=WAIT_MS)
    settle(page)


def open_expanders(page: Page) -> None:
    """Expanders hide their content from axe; open each so its text is checked too."""
    closed = page.locator(EXPANDER_SUMMARY)
    while closed.count():
        closed.first.click()
        settle(page)


def audit(page: Page, axe: Axe, within: str | None = None) -> list[dict[str, Any]]:
    """Violations in `within` (a CSS selector; default the whole page), every line brought into view.

    The viewport is grown to the content's height (up to a cap), then `stMain` swept a screen at a time.
    """
    viewport = page.viewport_size
    assert viewport is not None
    height = min(max(int(page.evaluate(CONTENT_HEIGHT_JS)), viewport["height"]), MAX_VIEWPORT_HEIGHT)
    page.set_viewport_size({"width": viewport["width"], "height": height})
    page.evaluate(LAYOUT_SETTLED_JS, [SETTLE_MS, SETTLE_LIMIT_MS])
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for stop in sweep_stops(page):
        page.evaluate("(top) => document.querySelector('[data-testid=\"stMain\"]')?.scrollTo(0, top)", stop)
        for violation in run_axe(page, axe, within):
            for node in violation["nodes"]:
                key = (violation["id"], json.dumps(node["target"]))
                found.setdefault(key, {**violation, "nodes": [node]})
    page.set_viewport_size(viewport)
    return _merge(found.values())


def sweep_stops(page: Page) -> list[int]:
    """Scroll offsets of `stMain` that together bring every line into view (one when it all fits)."""
    scroll = page.evaluate(SCROLL_JS)
    if not scroll or scroll["height"] <= scroll["client"]:
        return [0]
    last = scroll["height"] - scroll["client"]
    return [*range(0, last, max(scroll["client"] - 40, 1)), last]


def run_axe(page: Page, axe: Axe, within: str | None) -> list[dict[str, Any]]:
    """axe-core's violations of WCAG 2.1 A/AA (plus `EXTRA_RULES`), other best-practice rules left out."""
    result = axe.run(page, context=within, options={"resultTypes": ["violations"]})
    return [v for v in result.response["violations"] if set(v["tags"]) & set(WCAG_TAGS) or v["id"] in EXTRA_RULES]


def _merge(violations: Any) -> list[dict[str, Any]]:
    """One entry per rule with all its nodes (the sweep may find a rule's nodes at different stops)."""
    merged: dict[str, dict[str, Any]] = {}
    for violation in violations:
        entry = merged.setdefault(violation["id"], {**violation, "nodes": []})
        entry["nodes"].extend(violation["nodes"])
    return list(merged.values())


def summarise(violations: list[dict[str, Any]], where: dict[str, Any]) -> list[dict[str, Any]]:
    """The report's rows: rule, impact, help, WCAG tags and each node's target, HTML and reason."""
    return [
        {
            **where,
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "tags": [tag for tag in v["tags"] if tag.startswith("wcag") or tag == "best-practice"],
            "nodes": [
                {"target": n["target"], "html": n["html"][:300], "summary": n.get("failureSummary", "")}
                for n in v["nodes"]
            ],
        }
        for v in violations
    ]


@pytest.fixture(scope="module")
def axe_report() -> Iterator[list[dict[str, Any]]]:
    """Collects every case's findings and writes them (JSON and a short text table) when the module ends."""
    rows: list[dict[str, Any]] = []
    audited: list[dict[str, Any]] = []
    yield rows
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    findings = [row for row in rows if "rule" in row]
    audited = [row for row in rows if "rule" not in row]
    (REPORT_DIR / "axe-report.json").write_text(
        json.dumps({"standard": list(WCAG_TAGS) + list(EXTRA_RULES), "audited": audited, "violations": findings},
                   ensure_ascii=False, indent=2),
        encoding="utf-8",
    )  # fmt: skip
    lines = [f"{r['page']:<12} {r['lang']} {r['width']:>4} {r['state']:<10} {r['rule']} ({r['impact']}): "
             f"{len(r['nodes'])} nodes" for r in findings]  # fmt: skip
    total = sum(len(r["nodes"]) for r in findings)
    lines.append(f"{len(audited)} page states audited, {len(findings)} violations, {total} nodes")
    (REPORT_DIR / "axe-summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


@pytest.mark.parametrize("width", (DESKTOP, PHONE))
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("app_page", PAGES, ids=[p.name for p in PAGES])
def test_page_has_no_wcag_violations(
    new_page: PageFactory, app_url: str, axe: Axe, axe_report: list[dict[str, Any]], app_page: AppPage,
    lang: str, width: int,
) -> None:  # fmt: skip
    """axe-core finds no WCAG 2.1 A/AA violation, with every expander open and each chart tab opened in turn.

    The page's own `<title>` and document language are checked on the way (WCAG 2.4.2 and 3.1.1).
    """
    page = new_page(width)
    open_page(page, app_url + with_lang(app_page.path, lang))
    expect(page).to_have_title(page_title(app_page, lang), timeout=WAIT_MS)
    expect(page.locator("html")).to_have_attribute("lang", lang, timeout=WAIT_MS)
    open_expanders(page)
    tab_lists = page.locator(TABS)
    tab_count = max((tab_lists.nth(i).get_by_role("tab").count() for i in range(tab_lists.count())), default=1)
    failures: list[dict[str, Any]] = []
    for tab in range(tab_count):
        if tab:
            open_tabs(page, tab_lists, tab)
        where = {"page": app_page.name, "lang": lang, "width": width, "state": f"tab {tab}"}
        rows = summarise(audit(page, axe, TABS if tab else None), where)  # only the tabs change after the first
        axe_report.append(where)
        axe_report.extend(rows)
        failures.extend(rows)
    assert not failures, failure_text(failures)


@pytest.mark.parametrize("width", (DESKTOP, PHONE))
@pytest.mark.parametrize("lang", LANGS)
def test_story_slides_have_no_wcag_violations(
    new_page: PageFactory, app_url: str, axe: Axe, axe_report: list[dict[str, Any]], lang: str, width: int
) -> None:
    """Every slide after the first (the page audit above covers slide 1): quotes, tables, charts and links."""
    page = new_page(width)
    failures: list[dict[str, Any]] = []
    for number in range(navigation.FIRST_SLIDE + 1, slides.SLIDE_COUNT + 1):
        open_page(page, app_url + with_lang(f"/story?{navigation.SLIDE_PARAM}={number}", lang))
        open_expanders(page)
        where = {"page": "story", "lang": lang, "width": width, "state": f"slide {number}"}
        rows = summarise(audit(page, axe), where)
        axe_report.extend([where, *rows])
        failures.extend(rows)
    assert not failures, failure_text(failures)


def html_lang(page: Page) -> str:
    return str(page.evaluate("document.documentElement.lang"))


def test_document_language_follows_the_choice(new_page: PageFactory, app_url: str) -> None:
    """`<html lang>` is nb by default, en after the switch, stays en on another page, nb again after switching back."""
    page = new_page(DESKTOP)
    open_page(page, f"{app_url}/comparison")
    expect(page.locator("html")).to_have_attribute("lang", "nb", timeout=WAIT_MS)

    page.get_by_role("radio", name="English", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "en", timeout=WAIT_MS)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Follow-up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Follow-up"), timeout=WAIT_MS)
    expect(page.locator("html")).to_have_attribute("lang", "en", timeout=WAIT_MS)

    page.get_by_role("radio", name="Norsk", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "nb", timeout=WAIT_MS)

    open_page(page, f"{app_url}/levels?lang=en")
    expect(page.locator("html")).to_have_attribute("lang", "en", timeout=WAIT_MS)


def page_title(app_page: AppPage, lang: str) -> str:
    """`<menu title> · Klyngekvalitet`, the menu title read from the catalog key app.py gives the page."""
    return f"{t(app_page.title_key, lang)} · {t('app.name', lang)}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_its_own_title(lang: str) -> None:
    """No two pages share a title (the audit above checks that each page shows the one expected here)."""
    titles = {app_page.name: page_title(app_page, lang) for app_page in PAGES}
    assert all(app_page.title_key.startswith("nav.") for app_page in PAGES), PAGES
    assert len(set(titles.values())) == len(titles), titles
    known = {"nb": "Norge og Danmark", "en": "Norway and Denmark", "da": "Norge og Danmark"}
    assert titles["comparison"] == known[lang] + f" · {APP_NAME}"


def test_collapsed_menu_is_out_of_the_tab_order(browser: Browser, app_url: str) -> None:
    """At 390 px the collapsed menu is off-screen: Tab never lands on its links; opened, they are reachable.

    Note that it runs in a browser context of its own: the browser remembers an opened menu, which would
    otherwise lie over the content of every later phone-width test.
    """
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": PHONE_HEIGHT}, locale="nb-NO")
    try:
        page = context.new_page()
        open_page(page, f"{app_url}/comparison")
        sidebar = page.locator(SIDEBAR)
        expect(sidebar).to_have_attribute("data-collapsed", "true")
        page.locator("body").focus()
        for _ in range(12):
            page.keyboard.press("Tab")
            assert not page.evaluate(FOCUSED_IN_SIDEBAR_JS), page.evaluate(
                "document.activeElement.outerHTML.slice(0, 200)"
            )

        page.get_by_test_id("stExpandSidebarButton").click()
        link = sidebar.get_by_role("link").first
        expect(link).to_be_visible(timeout=WAIT_MS)
        link.focus()
        assert page.evaluate(FOCUSED_IN_SIDEBAR_JS)
    finally:
        context.close()
