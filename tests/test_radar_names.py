"""The expiry radar names every organisation in full: at phone width, on a desktop, in the export and its preview.

The names used to be y-axis labels, cut by Vega's `labelLimit` ("Norwegian Smart Care Cluster …") at
390 px and in the static edition's 1200×630 preview image. Each is drawn here by vl-convert, and the
words it prints are read back from the SVG.
"""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest
import vl_convert as vlc

from src.export import export
from src.facts.data import Tables
from src.site import svg as site_svg
from src.site.build import NARROW, WIDE
from src.views import chart_views as views
from src.views.chart_views import ChartView

TEXT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.S)
TAG = re.compile(r"<[^>]+>")
DAYS = [(date(2017, 3, 28), 12, "nb"), (date(2019, 6, 1), 12, "en"), (date(2026, 12, 2), 6, "nb")]
PHONE_CHART = 358  # a 390 px phone less the app's 16 px margins


def drawn_texts(svg: str) -> list[str]:
    """Every piece of text the drawing prints (its lines joined by spaces), no-break spaces as spaces."""
    return [re.sub(r"\s+", " ", unescape(TAG.sub(" ", text))).strip() for text in TEXT.findall(svg)]


def printed(name: str, texts: list[str]) -> bool:
    """`name` is printed whole: in one text, or wrapped over two."""
    return any(name in text for text in texts) or any(name in f"{a} {b}" for a in texts for b in texts if a != b)


def radar(tables: Tables, on: date, months: int, lang: str) -> ChartView:
    view = views.expiry_radar_view(tables, on, months, lang)
    assert view is not None
    return view


def assert_every_name_in_full(view: ChartView, svg: str) -> None:
    texts = drawn_texts(svg)
    assert not [text for text in texts if "…" in text], "a text was cut"
    for name in view.table["organisation"].head(views.TIMELINE_MAX):
        assert printed(name, texts), f"{name!r} is not printed in full"


@pytest.mark.parametrize(("on", "months", "lang"), DAYS)
@pytest.mark.parametrize("width", [NARROW, PHONE_CHART, WIDE, 1248])
def test_every_name_is_printed_in_full_at_any_width(
    tables: Tables, on: date, months: int, lang: str, width: int
) -> None:
    view = radar(tables, on, months, lang)
    export.warm_up()
    assert_every_name_in_full(view, str(vlc.vegalite_to_svg(site_svg.screen_spec(view, width))))


@pytest.mark.parametrize(("on", "months", "lang"), DAYS)
def test_the_export_and_its_preview_image_print_every_name(tables: Tables, on: date, months: int, lang: str) -> None:
    view = radar(tables, on, months, lang)
    svg = export.chart_svg(view, lang, "http://example.org")
    assert_every_name_in_full(view, svg)
    assert site_svg.og_png(svg).startswith(b"\x89PNG")  # the preview is this SVG, scaled into 1200×630
