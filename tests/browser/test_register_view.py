"""The register as Chromium draws it at 1280 px: filter labels whole, undated records counted, nothing hidden."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .test_browser import DESKTOP, PHONE, open_app

pytestmark = pytest.mark.browser

PageFactory = Callable[[int], Page]
COUNT = re.compile(r"Viser (\d+) av (\d+) oppføringer; (\d+) av dem har ingen dato\.")

FITS_JS = """(name) => {
    const pill = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
    if (!pill) return null;
    const box = pill.getBoundingClientRect();
    const column = pill.closest('[data-testid="stColumn"]') || document.body;
    const room = column.getBoundingClientRect();
    return {fits: pill.scrollWidth <= pill.clientWidth + 1, inside: box.right <= room.right + 1};
}"""


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_register_event_filter_label_is_whole(
    new_page: PageFactory, app_url: str, screenshot_dir: Path, width: int
) -> None:
    page = new_page(width)
    open_app(page, f"{app_url}/register", charts=0, tables=1)
    measured = page.evaluate(FITS_JS, "Registeroppføring")
    assert measured == {"fits": True, "inside": True}, measured
    page.screenshot(path=str(screenshot_dir / f"register_filters_{width}.png"))


def test_narrowed_years_keep_undated_records_and_say_how_many(new_page: PageFactory, app_url: str) -> None:
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/register?years=2013-2024", charts=0, tables=1)
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text=COUNT)
    expect(caption).to_be_visible()
    shown, total, undated = (int(n) for n in COUNT.search(caption.inner_text()).groups())  # type: ignore[union-attr]
    assert undated > 0 and shown > total // 2, (shown, total, undated)  # 2013–2024 used to show fewer than half
    page.get_by_text("Ta med oppføringer uten dato").click()
    expect(page).to_have_url(re.compile(r"[?&]undated=exclude"))
    expect(caption.filter(has_text=f"Viser {shown - undated} av {total} oppføringer; 0 av dem")).to_be_visible()
