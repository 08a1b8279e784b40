"""Chart images, CSV and Excel files for journalists: readable, complete, attributable and safe."""

from __future__ import annotations

import io
import re
import struct
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest
from PIL import Image

from src.export import export
from src.facts.data import Tables
from src.views import chart_table, charts, registry
from src.views.chart_view import ChartView, SourceRef
from src.views.charts import ChartText
from src.views.source_list import DOWNLOAD_TABLES

from .conftest import gold_scores, quality_index

BASE = "https://klynge.example.org"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG_NS = "{http://www.w3.org/2000/svg}"
HOSTILE = '=HYPERLINK("http://evil.example","klikk")'
ARTICLE_URL = "http://www.i-perform.no/2017/03/28/2399/"  # README: the Cluster Services article, 28 March 2017


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must directly follow the signature."""
    assert png[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def svg_lines(svg: str) -> list[str]:
    """Every line of text drawn in the SVG (a <text> or one of its <tspan> lines)."""
    root = ET.fromstring(svg)
    return [el.text for el in root.iter() if el.tag in (f"{SVG_NS}text", f"{SVG_NS}tspan") and el.text]


# --- Images -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_png_is_wide_enough_for_print(tables: Tables, lang: str) -> None:
    width, height = png_size(export.chart_png(quality_index(tables, lang), lang, BASE))
    assert width >= 1600
    assert 200 < height < width


def test_png_scale_sets_the_pixel_size(tables: Tables) -> None:
    view = quality_index(tables, "nb")
    small, large = (png_size(export.chart_png(view, "nb", BASE, scale=s))[0] for s in (1.0, 2.0))
    assert large == pytest.approx(2 * small, abs=2)


def test_png_has_white_background_and_drawn_text(tables: Tables) -> None:
    """Text is really drawn (a font was found): the title band and the footer band hold dark pixels."""
    image = Image.open(io.BytesIO(export.chart_png(quality_index(tables, "nb"), "nb", BASE))).convert("L")
    width, height = image.size
    assert image.getpixel((0, 0)) == 255
    band = height * 15 // 100
    title_band = image.crop((0, 0, width // 2, band))
    footer_band = image.crop((0, height - band, width // 2, height))
    assert title_band.getextrema()[0] < 80  # black title
    assert footer_band.getextrema()[0] < 160  # grey footer


@pytest.mark.parametrize(("lang", "source_word"), [("nb", "Kilde"), ("en", "Source")])
def test_svg_is_xml_with_title_source_line_and_app(tables: Tables, lang: str, source_word: str) -> None:
    view = quality_index(tables, lang)
    drawn = " ".join(svg_lines(export.chart_svg(view, lang, BASE)))
    assert view.text.title in drawn
    assert view.text.subtitle in drawn
    assert view.text.source_line in drawn  # with n and the as-of date
    assert f"{source_word}: Cluster Services" in drawn
    assert "Klyngekvalitet" in drawn and BASE in drawn


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_svg_fetches_nothing(tables: Tables, lang: str) -> None:
    """Only the SVG namespaces and the app's own address (as text) may look like links."""
    svg = export.chart_svg(gold_scores(tables, lang), lang, BASE)
    links = set(re.findall(r"https?://[^\s\"'<>)]+", svg))
    assert links <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink", BASE}
    assert "@import" not in svg and "@font-face" not in svg
    assert all(target.startswith("#") for target in re.findall(r"url\(([^)]*)\)", svg))
    assert not re.search(r'href="(?!#)', svg)


@pytest.mark.parametrize(("lang", "thousand"), [("nb", "1\u00a0000"), ("en", "1,000")])
def test_numbers_follow_the_language(lang: str, thousand: str) -> None:
    frame = pd.DataFrame({"label": ["A", "B"], "value": [1234.5, 2500.0], "text": ["a", "b"], "kind": ["NO", "DK"]})
    chart = charts.horizontal_bars(
        frame, value="value", label="label", text="text", color="kind", colors=charts.COUNTRY_COLORS, axis_title="x"
    )
    text = ChartText("Tittel", "Undertittel", "Kilde: test · n = 2 · per 2017", "Beskrivelse")
    view = ChartView("test", charts.captioned(chart, text, lang), text, frame)
    assert thousand in svg_lines(export.chart_svg(view, lang, BASE))


def test_export_leaves_the_screen_spec_alone(tables: Tables) -> None:
    view = quality_index(tables, "nb")
    before = repr(view.spec)
    export.chart_svg(view, "nb", BASE)
    assert repr(view.spec) == before
    assert view.spec["width"] == "container"


def rounded_bars(labels: list[str]) -> ChartView:
    """Rounded horizontal bars, one row per label: repeated labels put two bars in one band."""
    frame = pd.DataFrame({"label": labels, "value": [3.0 + i for i in range(len(labels))]})
    frame = frame.assign(text=frame["value"].astype(str), kind="NO")
    chart = charts.horizontal_bars(
        frame, value="value", label="label", text="text", color="kind", colors=charts.COUNTRY_COLORS, axis_title="x"
    )
    text = ChartText("T", "S", "Kilde: test", "D")
    return ChartView("test", charts.captioned(chart, text, "nb"), text, frame)


def test_single_bars_are_drawn_without_clip_masks() -> None:
    """One bar per band: stacking changes nothing, so the image drops the costly clip groups."""
    view = rounded_bars(["A", "B", "C"])
    assert "<clipPath" not in export.chart_svg(view, "nb", BASE)
    assert view.spec["layer"][0]["encoding"]["x"].get("stack", "default") == "default"


def test_bars_that_share_a_band_still_stack() -> None:
    view = rounded_bars(["A", "A", "B"])
    assert "stack" not in export.static_spec(view, "nb", BASE)["layer"][0]["encoding"]["x"]


def test_every_chart_renders_in_both_languages(tables: Tables) -> None:
    arguments = {
        "quality_index": (("NO", "DK"),),
        "valid_labels": (("NO", "DK"), ("gold", "silver")),
        "follow_up": (),
        "level_distribution": (("NO", "DK"), ("bronze", "silver", "gold")),
        "labels_per_year": (("NO", "DK"), ("bronze", "silver", "gold"), (2010, 2030)),
        "gold_scores": (("NO", "DK"), ("gold",), (2010, 2030)),
        "expiry_radar": (date(2017, 3, 28), 6),
        "europe_labels": (),
    }
    for chart_id, build in ((c.chart_id, c.build) for c in registry.CHARTS if c.press_kit):
        for lang in ("nb", "en"):
            view = build(tables, *arguments[chart_id], lang)
            assert view is not None
            drawn = " ".join(svg_lines(export.chart_svg(view, lang, BASE)))
            assert view.text.title in drawn and view.text.source_line in drawn, chart_id


# --- Names and addresses ----------------------------------------------------------------------

NAME = re.compile(r"^klyngekvalitet_[a-z0-9_-]+_(nb|en)_[0-9-]+\.(png|svg|csv|xlsx)$")


@pytest.mark.parametrize(
    ("chart_id", "lang", "as_of", "ext", "expected"),
    [
        ("quality_index", "nb", "2017-03-28", "png", "klyngekvalitet_quality_index_nb_2017-03-28.png"),
        ("gold_scores", "en", "2024", "xlsx", "klyngekvalitet_gold_scores_en_2024.xlsx"),
        ("../../etc/passwd", "nb", "2024", "csv", "klyngekvalitet_etc-passwd_nb_2024.csv"),
        ("Kvalitet æøå", "EN", "28.03.2017", "SVG", "klyngekvalitet_kvalitet_en_28-03-2017.svg"),
    ],
)
def test_file_names(chart_id: str, lang: str, as_of: str, ext: str, expected: str) -> None:
    name = export.file_name(chart_id, lang, as_of, ext)
    assert name == expected
    assert NAME.match(name)


def test_hostile_name_parts_cannot_leave_the_folder() -> None:
    name = export.file_name("a/b\\c:d", "nb", "2017/03", "png")
    assert "/" not in name and "\\" not in name and ":" not in name


def test_base_url_default_and_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(export.BASE_URL_ENV, raising=False)
    assert export.base_url() == "http://localhost:8501"
    monkeypatch.setenv(export.BASE_URL_ENV, "https://klyngekvalitet.example.no/ ")
    assert export.base_url() == "https://klyngekvalitet.example.no"


def test_as_of_of_quoted_and_record_charts(tables: Tables) -> None:
    assert export.chart_as_of(quality_index(tables, "nb"), tables) == "2017-03-28"
    assert re.fullmatch(r"20[12]\d", export.chart_as_of(gold_scores(tables, "nb"), tables))


# --- CSV and Excel ----------------------------------------------------------------------------


def nordic_view(tables: Tables) -> ChartView:
    """The gold-score view carrying a table with Norwegian letters, a missing year and formula attacks."""
    table = pd.DataFrame(
        {
            "organisation": ["Blå Ærlig Øst", HOSTILE, "-1+2", "@SUM(A1)\x07"],
            "country": ["NO", "DK", "NO", "DK"],
            "level": ["gold"] * 4,
            "year": pd.array([2017, 2019, None, 2020], dtype="Int64"),
            "score_pct": [63.6, 67.2, 1.0, 2.0],
            "threshold_pct": [80.0] * 4,
            "record_id": ["lr-001", "lr-002", "lr-003", "lr-004"],
        }
    )
    return replace(gold_scores(tables, "nb"), table=table)


def test_csv_is_exactly_the_table_with_bom(tables: Tables) -> None:
    view = quality_index(tables, "en")
    data = export.chart_csv(view, "en")
    assert data.startswith("\ufeff".encode())
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back.columns) == [
        "Country",
        "Quality index (0–100)",
        "Sample (n)",
        "Figure id",
        "Row in the source file",
    ]
    assert back["Quality index (0–100)"].tolist() == view.table["value"].tolist()
    assert len(back) == len(view.table)


def test_csv_keeps_nordic_letters_and_defuses_formulas(tables: Tables) -> None:
    back = pd.read_csv(io.BytesIO(export.chart_csv(nordic_view(tables))), encoding="utf-8-sig", sep=";")
    assert back["Organisasjon"][0] == "Blå Ærlig Øst"
    assert back["Organisasjon"][1] == "'" + HOSTILE


def open_xlsx(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


@pytest.mark.parametrize(("lang", "source_sheet"), [("nb", "Kilde"), ("en", "Source")])
def test_xlsx_has_data_and_source_sheets(tables: Tables, lang: str, source_sheet: str) -> None:
    view = quality_index(tables, lang)
    book = open_xlsx(export.chart_xlsx(view, lang, "SITAT-TEKST", as_of="2017-03-28"))
    assert book.sheetnames == ["Data", source_sheet]
    data = book["Data"]
    assert [c.value for c in data[1]] == [chart_table.header(c, lang) for c in view.table.columns]
    values = [c.value for c in data["B"][1:]]
    assert values == pytest.approx(view.table["value"].tolist())
    assert all(c.data_type == "n" for c in data["B"][1:])
    source = [c.value for row in book[source_sheet].iter_rows() for c in row if c.value is not None]
    assert view.text.title in source and view.text.source_line in source
    assert "SITAT-TEKST" in source and datetime(2017, 3, 28) in source  # a date cell
    assert ARTICLE_URL in source
    assert all(ref.quote in source for ref in view.sources)


def test_xlsx_cells_are_typed_and_formulas_are_text(tables: Tables) -> None:
    sheet = open_xlsx(export.chart_xlsx(nordic_view(tables), "nb", "c"))["Data"]
    organisation = [c for c in sheet["A"][1:]]
    assert organisation[0].value == "Blå Ærlig Øst"
    assert organisation[1].value == "'" + HOSTILE and organisation[1].data_type == "s"
    assert all(c.data_type == "s" and not str(c.value).startswith(("=", "-", "@")) for c in organisation)
    assert organisation[3].value == "'@SUM(A1)"  # the control character, which Excel cannot store, is gone
    assert [c.value for c in sheet["B"][1:]] == ["Norge", "Danmark", "Norge", "Danmark"]  # codes as words
    assert [c.value for c in sheet["D"][1:]] == [2017, 2019, None, 2020]  # whole numbers, a gap stays empty
    assert [c.value for c in sheet["E"][1:]] == [63.6, 67.2, 1.0, 2.0]
    assert all(c.data_type == "n" for c in sheet["E"][1:])


def test_xlsx_source_sheet_defuses_hostile_quotes(tables: Tables) -> None:
    view = quality_index(tables, "nb")
    hostile_view = replace(view, sources=[SourceRef("rad 2", "javascript:alert(1)", HOSTILE, 2, "nb")])
    source = open_xlsx(export.chart_xlsx(hostile_view, "nb", HOSTILE)).worksheets[1]
    cells = [c for row in source.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type == "s" for c in cells)
    assert not any(str(c.value).startswith("=") for c in cells)
    assert not any(c.hyperlink for c in cells if "javascript" in str(c.value))


def test_tables_xlsx_holds_every_table_typed(tables: Tables) -> None:
    book = open_xlsx(export.tables_xlsx(tables, "en", "Cite me"))
    assert book.sheetnames == [*DOWNLOAD_TABLES, "Source"]
    for name in DOWNLOAD_TABLES:
        assert book[name].max_row == len(getattr(tables, name)) + 1, name
    events = book["label_events"]
    header = [c.value for c in events[1]]
    dates = [row[header.index("date")] for row in events.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(d, datetime | date) for d in dates)  # a full day is a date cell
    assert any(isinstance(d, str) and len(d) == 4 and d.isdigit() for d in dates)  # a year stays a year, not 1 January
    assert book["Source"]["A1"].value == "Cite me"
