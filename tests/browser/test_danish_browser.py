"""Danish in the browser: a mistyped address answered by the app's own page, Streamlit's controls relabelled.

Note that Streamlit answers an unknown page address with an English "Page not found" box and runs the
start page; the app registers a hidden page at that address instead (`src.ui.not_found`).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from src.text.i18n import t

from .test_browser import DESKTOP, PHONE, WAIT_MS, PageFactory, open_app

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_a_mistyped_address_gets_the_apps_own_page_in_the_readers_language(
    new_page: PageFactory, app_url: str, lang: str
) -> None:
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/nivaaer?lang={lang}", charts=0)
    expect(page.get_by_role("heading", level=1)).to_have_text(t("notfound.title", lang), timeout=WAIT_MS)
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(page.get_by_text("/nivaaer")).to_be_visible()
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("link", name=t("nav.levels", lang))).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", lang, timeout=WAIT_MS)


def test_streamlits_own_controls_speak_danish(new_page: PageFactory, app_url: str) -> None:
    """The skip link and the sidebar's buttons, which Streamlit writes in English, read Danish words."""
    page = new_page(PHONE)
    open_app(page, f"{app_url}/levels?lang=da", charts=3)
    expect(page.get_by_test_id("stSkipToContent")).to_have_text(t("chrome.skip", "da"), timeout=WAIT_MS)
    expand = page.get_by_test_id("stExpandSidebarButton")
    expect(expand).to_have_attribute("aria-label", t("chrome.sidebar_expand", "da"), timeout=WAIT_MS)
    expand.click()
    collapse = page.get_by_test_id("stSidebarCollapseButton").get_by_role("button")
    expect(collapse).to_have_attribute("aria-label", t("chrome.sidebar_collapse", "da"), timeout=WAIT_MS)
    collapse.click()  # Streamlit keeps the sidebar's state in the browser context the suite's phone pages share
    expect(expand).to_be_visible(timeout=WAIT_MS)


def test_the_switch_turns_a_norwegian_page_danish(new_page: PageFactory, app_url: str) -> None:
    """Norsk | English | Dansk: one click on "Dansk" gives `?lang=da`, `<html lang="da">` and Danish numbers."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison", charts=2)
    page.get_by_role("radio", name="Dansk", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "da", timeout=WAIT_MS)
    expect(page).to_have_url(re.compile(r"[?&]lang=da\b"), timeout=WAIT_MS)
    expect(page.get_by_role("heading", level=1)).to_have_text(t("comparison.title", "da"), timeout=WAIT_MS)


def test_the_date_fields_button_speaks_danish(new_page: PageFactory, app_url: str) -> None:
    """The date field's calendar button (its calendar's month names stay Streamlit's English: README)."""
    page = new_page(DESKTOP)
    page.goto(f"{app_url}/renewal?lang=da", wait_until="commit", timeout=WAIT_MS)  # (its tables vary with the day)
    button = page.get_by_test_id("stDateInputCalendarButton")
    expect(button).to_have_attribute("aria-label", t("chrome.date_choose", "da"), timeout=WAIT_MS)
