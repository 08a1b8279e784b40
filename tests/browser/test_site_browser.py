"""The static edition in real Chromium: readable at phone and desktop width, nothing fetched elsewhere,
the deck steps with the keys a clicker sends, and a link shows a preview card. Screenshots are saved.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from src.facts.data import load_tables
from tests.site_helpers import session_site

pytestmark = pytest.mark.browser
PageAt = Callable[[int, int], Page]
PAGES = ("index.html", "levels/index.html", "en/renewal/index.html", "register/index.html",
         "en/organisation/gce-node/index.html")  # fmt: skip


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's one build (shared with tests/test_site.py; one organisation has a hostile name)."""
    return session_site(tmp_path_factory, load_tables(), date.today())[0]


@pytest.fixture
def page_at(browser: Browser) -> Iterator[PageAt]:
    opened: list[Page] = []

    def make(width: int, height: int) -> Page:
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        opened.append(page)
        return page

    yield make
    for page in opened:
        page.context.close()


def outside_requests(page: Page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 900)])
@pytest.mark.parametrize("path", PAGES)
def test_static_pages_fit_and_fetch_nothing_from_elsewhere(
    site: Path,
    page_at: PageAt,
    screenshot_dir: Path,
    path: str,
    width: int,
    height: int,
) -> None:
    page = page_at(width, height)
    requests = outside_requests(page)
    page.goto((site / path).as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling
    assert page.title().endswith("Klyngekvalitet")
    if "levels" in path or "renewal" in path or "organisation/" in path:
        shown = page.locator(".drawing.wide svg" if width >= 700 else ".drawing.narrow svg").first
        assert shown.is_visible() and shown.get_attribute("role") == "img"
    assert all(url.startswith("file://") for url in requests), requests
    name = re.sub(r"[^a-z0-9]+", "_", path.removesuffix(".html"))
    page.screenshot(path=str(screenshot_dir / f"site_{name}_{width}.png"), full_page=False)


def test_the_deck_fits_a_projector_and_steps_with_clicker_keys(
    site: Path,
    page_at: PageAt,
    screenshot_dir: Path,
) -> None:
    page = page_at(1280, 720)
    requests = outside_requests(page)
    page.goto((site / "story.html").as_uri())
    current = page.locator(".slide:not([hidden])")
    assert current.count() == 1 and page.evaluate("location.hash") == "#1"
    for key, expected in (
        ("PageDown", "#2"),
        ("ArrowRight", "#3"),
        ("Space", "#4"),
        ("PageUp", "#3"),
        ("ArrowLeft", "#2"),
    ):
        page.keyboard.press(key)
        assert page.evaluate("location.hash") == expected, key
    page.keyboard.press("PageDown")
    page.keyboard.press("PageDown")  # slide 4: the follow-up chart
    assert page.evaluate("document.documentElement.scrollHeight") <= 720  # no scrolling on a slide
    assert current.locator("svg[role=img]").is_visible()
    page.screenshot(path=str(screenshot_dir / "site_deck_1280x720.png"))
    assert all(url.startswith("file://") for url in requests), requests


def test_a_shared_link_shows_a_preview_card(site: Path, page_at: PageAt, screenshot_dir: Path, tmp_path: Path) -> None:
    """A mock of a chat app's card, filled from the page's own Open Graph tags and its local preview image."""
    source = (site / "comparison" / "index.html").read_text(encoding="utf-8")
    meta = dict(re.findall(r'<meta property="(og:[a-z_:]+)" content="([^"]*)"', source))
    image = (site / "og" / Path(meta["og:image"]).name).as_uri()
    card = (
        "<!DOCTYPE html><html><body style='font-family:sans-serif;background:#eef1f4;padding:24px'>"
        "<div style='width:520px;background:#fff;border-radius:10px;overflow:hidden;box-shadow:0 1px 4px #0003'>"
        f"<img src='{image}' style='width:100%;display:block' alt=''>"
        "<div style='padding:10px 14px'>"
        f"<div style='color:#667;font-size:13px'>{html.escape(meta['og:site_name'])}</div>"
        f"<div style='font-weight:700;margin:4px 0'>{meta['og:title']}</div>"
        f"<div style='color:#445;font-size:14px'>{meta['og:description']}</div></div></div></body></html>"
    )  # the meta values are already HTML-escaped in the page
    mock = tmp_path / "card.html"  # outside the site, which other tests validate
    mock.write_text(card, encoding="utf-8")
    page = page_at(600, 480)
    page.goto(mock.as_uri())
    assert page.evaluate("document.images[0].naturalWidth") == 1200
    page.screenshot(path=str(screenshot_dir / "site_link_card.png"))


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
AXE_PAGES = (*PAGES, "comparison/index.html", "follow_up/index.html", "sources/index.html", "story/index.html",
             "story.html", "en/story.html", "organisation/index.html",
             "organisation/norway-health-tech/index.html")  # fmt: skip  # a rename and scores


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 900)])
def test_axe_finds_no_violation_on_the_static_pages(site: Path, page_at: PageAt, width: int, height: int) -> None:
    """axe-core (WCAG 2.1 A/AA and best practice) on every kind of static page and the deck."""
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    axe = axe_module.Axe()
    found = []
    for path in AXE_PAGES:
        page = page_at(width, height)
        page.goto((site / path).as_uri())
        options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
        for violation in axe.run(page, options=options).response["violations"]:
            found.append((path, violation["id"], [node["target"] for node in violation["nodes"]][:3]))
        page.context.close()
    assert found == []
