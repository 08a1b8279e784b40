"""The organisation page in a real Chromium at phone width: it draws, fits, searches and links.

Reuses the suite's server and browser fixtures (tests/browser/conftest.py) and its page helpers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .test_browser import (
    CHART,
    HORIZONTAL_EXTENT_JS,
    PHONE,
    WAIT_MS,
    PageFactory,
    open_app,
    save_whole_page,
    text_alternatives,
    wait_until_idle,
)

pytestmark = pytest.mark.browser


def test_organisation_page_at_phone_width(new_page: PageFactory, app_url: str, screenshot_dir: Path) -> None:
    """Name, former name, two charts with their text alternatives, the day in the link, nothing pushed sideways."""
    page = new_page(PHONE)
    open_app(page, f"{app_url}/organisation?org=norway-health-tech&on=2017-03-28", 2)

    expect(page.get_by_role("heading", level=1)).to_have_text("Norway Health Tech")
    expect(page.get_by_text("Oslo Medtech").first).to_be_visible()
    expect(text_alternatives(page)).to_have_count(2)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    extent = page.evaluate(HORIZONTAL_EXTENT_JS)
    assert extent["documentScrollWidth"] <= extent["innerWidth"], extent
    assert extent["mainScrollWidth"] <= extent["mainClientWidth"], extent
    assert page.locator(CHART).first.bounding_box()["width"] <= PHONE  # type: ignore[index]
    save_whole_page(page, screenshot_dir / f"organisation_{PHONE}.png")


def test_search_finds_a_former_name_and_opens_the_page(new_page: PageFactory, app_url: str) -> None:
    """Typing an old name lists the organisation as it is called now; its link opens the page."""
    page = new_page(PHONE)
    open_app(page, f"{app_url}/organisation", 0)
    page.get_by_label("Søk etter navn, også tidligere navn").press_sequentially("oslo medtech", delay=30)
    result = page.get_by_role("link", name=re.compile("Norway Health Tech.*Oslo Medtech"))
    expect(result).to_be_visible(timeout=WAIT_MS)  # no Enter: the box answers while the reader types
    result.click()
    expect(page).to_have_url(re.compile(r"/organisation\?org=norway-health-tech"), timeout=WAIT_MS)
    wait_until_idle(page, 2)
    expect(page.get_by_role("heading", level=1)).to_have_text("Norway Health Tech")


def test_unknown_organisation_gives_a_notice_and_the_search(new_page: PageFactory, app_url: str) -> None:
    page = new_page(PHONE)
    open_app(page, f"{app_url}/organisation?org=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 0)
    expect(page.get_by_test_id("stAlert").filter(has_text="finnes i dataene")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Finn en organisasjon")
    expect(page.get_by_test_id("stException")).to_have_count(0)
