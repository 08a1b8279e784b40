"""Exports as a Norwegian newsroom gets them, in a real Chromium: the files agree with the chart on screen.

The numbers are read from what Chromium drew (the bar labels in the chart's SVG), the files from
what Chromium downloaded, so neither side is taken from the code that made the other.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from .test_browser import DESKTOP, WAIT_MS, open_app

pytestmark = pytest.mark.browser

PageFactory = Callable[[int], Page]
NB_NUMBER = re.compile(r"^\d+(?:,\d+)?$")


def download(page: Page, name: str, tmp_path: Path, index: int = 0) -> Path:
    """Click the download button called `name` (the `index`-th on the page) and save what arrives."""
    button = page.get_by_role("button", name=name).nth(index)
    expect(button).to_be_visible(timeout=WAIT_MS)
    with page.expect_download(timeout=WAIT_MS) as info:
        button.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target


def drawn_numbers(page: Page, chart: int) -> list[float]:
    """The numbers printed at the bars' ends of chart `chart`, as Chromium drew them (Norwegian: '63,6')."""
    marks = page.locator('[data-testid="stVegaLiteChart"]').nth(chart).locator("svg g.mark-text.role-mark text")
    texts = [t.strip() for t in marks.all_text_contents()]
    return [float(t.replace(",", ".")) for t in texts if NB_NUMBER.match(t)]


def test_norwegian_csv_reads_with_semicolons_and_decimal_commas_into_the_charts_numbers(
    new_page: PageFactory, app_url: str, tmp_path: Path
) -> None:
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison", 2)
    on_screen = drawn_numbers(page, 0)
    assert sorted(on_screen) == [63.6, 67.2], on_screen
    page.get_by_role("tab", name="Last ned og del").first.click()
    target = download(page, "Data (CSV)", tmp_path)
    assert re.fullmatch(r"klyngekvalitet_quality_index_no-dk_nb_2017-03-28\.csv", target.name), target.name
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    assert list(table.columns)[:3] == ["Land", "Kvalitetsindeks (0–100)", "Utvalg (n)"]
    assert table["Land"].tolist() == ["Norge", "Danmark"]
    assert sorted(table["Kvalitetsindeks (0–100)"]) == sorted(on_screen)
    assert table["Utvalg (n)"].dtype.kind == "i"


def test_programmers_files_sit_beside_the_readers(new_page: PageFactory, app_url: str, tmp_path: Path) -> None:
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/comparison?countries=NO&levels=silver&lang=en", 2)
    page.get_by_role("tab", name="Download and share").nth(1).click()
    iso = download(page, "Data for programmers (CSV, ISO)", tmp_path)
    meta = download(page, "Metadata (JSON)", tmp_path)
    assert iso.name == "klyngekvalitet_valid_labels_no_silver_en_2017-03-28.iso.csv"
    rows = pd.read_csv(iso)
    assert list(rows.columns)[:3] == ["country", "level", "count"]
    assert rows[["country", "level", "count"]].values.tolist() == [["NO", "silver", 0]]
    about = json.loads(meta.read_text(encoding="utf-8"))
    assert about["title"] == "Valid silver labels, March 2017"
    assert about["takeaway"] == "Norway had 0 silver labels."
    assert about["as_of"] == "2017-03-28" and about["n"] == {"NO": 0}
    assert "countries=NO" in about["link"] and about["licence"]


def test_chart_toolbar_offers_no_uncredited_image(new_page: PageFactory, app_url: str) -> None:
    """Streamlit's own "Download as PNG" (no credit line) is gone, and so is vega-embed's "…" menu."""
    page = new_page(DESKTOP)
    open_app(page, f"{app_url}/follow_up", 1)
    chart = page.locator('[data-testid="stVegaLiteChart"]').first
    chart.hover()
    expect(page.get_by_role("button", name="Fullscreen").first).to_be_visible(timeout=WAIT_MS)
    shown = page.evaluate(
        """() => [...document.querySelectorAll('button[aria-label="Download as PNG"]')]
            .filter((b) => b.offsetParent !== null).length"""
    )
    assert shown == 0  # display: none, so it can be neither clicked nor reached with the keyboard
    assert page.locator(".vega-actions, details.vega-embed, .vega-embed summary").count() == 0
