"""The browser's Back button after switching pages from the menu: each page keeps its own filters.

Note that Streamlit records every address-bar write as a history entry of the page the browser shows at
that moment, and on a menu switch that is still the previous page; these tests press Back and check
that the page, its address, its filters and the highlighted menu item belong together.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from src.views import registry

from .test_browser import DESKTOP, WAIT_MS, PageFactory, open_app, wait_until_idle

pytestmark = pytest.mark.browser

CURRENT_MENU_ITEM = '[data-testid="stSidebarNav"] a[aria-current="page"]'
LEVELS_CHARTS = len(registry.charts_on("levels"))  # every chart of the levels page is drawn before we go on


def menu(page: Page, name: str) -> None:
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=name).click()


def back(page: Page) -> None:
    page.go_back(wait_until="commit", timeout=WAIT_MS)


def query(page: Page) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in page.url.partition("?")[2].split("&") if pair)


def test_back_after_a_menu_round_trip_returns_to_the_page_left_without_its_filters(
    new_page: PageFactory, app_url: str
) -> None:
    """comparison?countries=DK&levels=gold → Nivåer → Norge og Danmark → Back: Nivåer as it was, then the start."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison?countries=DK&levels=gold", 2)
    menu(page, "Nivåer")
    expect(page).to_have_url(f"{app_url}/levels", timeout=WAIT_MS)
    wait_until_idle(page, LEVELS_CHARTS)
    menu(page, "Norge og Danmark")
    expect(page).to_have_url(re.compile(r"/comparison(\?|$)"), timeout=WAIT_MS)
    wait_until_idle(page, 2)

    back(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Nivåer"), timeout=WAIT_MS)
    wait_until_idle(page, LEVELS_CHARTS)
    expect(page).to_have_url(f"{app_url}/levels", timeout=WAIT_MS)
    expect(page.locator(CURRENT_MENU_ITEM)).to_have_count(1)
    expect(page.locator(CURRENT_MENU_ITEM)).to_have_text(re.compile("Nivåer"))

    back(page)  # no stray entry in between: the next step back is where the reader started
    expect(page.get_by_role("heading", level=1)).to_have_text("Norge og Danmark", timeout=WAIT_MS)
    expect(page).to_have_url(f"{app_url}/comparison?countries=DK&levels=gold", timeout=WAIT_MS)


def test_back_keeps_the_language_and_the_left_pages_own_filters(new_page: PageFactory, app_url: str) -> None:
    """English levels page filtered to Norway → Norway and Denmark (filtered to Denmark) → Back: Norway again."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison?countries=DK&levels=gold&lang=en", 2)
    menu(page, "Levels")
    wait_until_idle(page, LEVELS_CHARTS)
    expect(page).to_have_url(f"{app_url}/levels?lang=en", timeout=WAIT_MS)
    page.get_by_role("button", name="Denmark").first.click()  # Norway only, set on this page
    expect(page).to_have_url(re.compile(r"/levels\?.*countries=NO"), timeout=WAIT_MS)
    wait_until_idle(page, LEVELS_CHARTS)
    menu(page, "Norway and Denmark")
    expect(page).to_have_url(re.compile(r"/comparison\?(.*&)?lang=en"), timeout=WAIT_MS)
    wait_until_idle(page, 2)

    back(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Levels"), timeout=WAIT_MS)
    wait_until_idle(page, LEVELS_CHARTS)
    params = query(page)
    assert page.url.startswith(f"{app_url}/levels?"), page.url
    assert params.get("lang") == "en" and "levels" not in params and params.get("countries", "NO") == "NO", params
    expect(page.locator(CURRENT_MENU_ITEM)).to_have_count(1)
    expect(page.locator(CURRENT_MENU_ITEM)).to_have_text(re.compile("Levels"))
    expect(page.get_by_role("button", name="Norway", pressed=True).first).to_be_visible()
    expect(page.get_by_role("button", name="Denmark", pressed=True)).to_have_count(0)
