"""Files for journalists: chart images that carry their own caption, and the rows behind them.

An exported image is a static copy of the chart on screen (the same spec, so the same title,
takeaway, source line with n and as-of date, and number locale), drawn at a fixed width on
white, with a last caption line naming this app and its address so it stays attributable
when pasted into an article. Data files are the exact rows behind the chart, with spreadsheet formulas
neutralised. Nothing here knows about Streamlit.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import threading
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast
from xml.sax.saxutils import escape

import pandas as pd
import vl_convert as vlc
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from src.export.chart_files import reader_csv, reader_table
from src.facts.data import Tables
from src.facts.release import Release
from src.text.i18n import t
from src.text.text_safety import safe_url
from src.views import charts, releases
from src.views.chart_view import ChartView
from src.views.downloads import neutralise_formula
from src.views.source_list import DOWNLOAD_TABLES, PARTIAL_DATE_COLUMNS, published_table

DEFAULT_BASE_URL = "http://localhost:8501"
BASE_URL_ENV = "KLYNGEKVALITET_BASE_URL"
EXPORT_WIDTH = 800  # whole image, padding included: 1600 px at scale 2
PNG_SCALE = 2.0
EXPORT_PADDING = 16
TITLE_WRAP = 60  # the image is wider than a phone, so its caption runs longer lines than on screen
SUBTITLE_WRAP = 110  # characters: a 12 px line of 110 stays inside the 768 px between the paddings
FILE_PREFIX = "klyngekvalitet"
UNSAFE_NAME_CHARS = re.compile(r"[^a-z0-9_-]+")
MAX_COLUMN_WIDTH = 60
XLSX_DATE_FORMAT = "yyyy-mm-dd"
FONTCONFIG_ENV = "FONTCONFIG_FILE"
FONT_WARM_UP_SPEC: dict[str, Any] = {
    "title": "Klyngekvalitet",
    "data": {"values": [{"v": 1}]},
    "mark": "bar",
    "encoding": {"x": {"field": "v", "type": "quantitative"}},
}

CellValue = bool | int | float | str | date | datetime | None

# A chart's files, in the order they are offered, with the catalog key of each link's label.
CHART_FILE_LABELS = {
    "png": "export.download.png",
    "svg": "export.download.svg",
    "csv": "export.download.csv",
    "xlsx": "export.download.xlsx",
    "iso.csv": "files.download.machine_csv",
    "metadata.json": "files.download.metadata",
}
_fonts_lock = threading.Lock()
_fonts_ready = threading.Event()


def base_url() -> str:
    """The app's public address for footers, citations and embeds: $KLYNGEKVALITET_BASE_URL or localhost."""
    return (os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).strip().rstrip("/")


def file_name(chart_id: str, lang: str, as_of: str, ext: str, shown: str = "") -> str:
    """`klyngekvalitet_<chart>[_<shown>]_<lang>_<as-of>.<ext>`, each part reduced to a-z, 0-9, '_' and '-'.

    Note that `shown` (`ChartView.shown`: the countries, levels and years left by the filters)
    keeps two downloads of one chart under different filters from overwriting each other.
    """
    what = "_".join(_slug(part, "") for part in shown.split("_") if _slug(part, ""))
    parts = [_slug(chart_id, "chart"), *([what] if what else []), _slug(lang, "nb"), _slug(as_of, "undated")]
    return "_".join([FILE_PREFIX, *parts]) + "." + ".".join(_slug(p, "bin") for p in ext.split("."))


def _slug(text: str, fallback: str) -> str:
    return UNSAFE_NAME_CHARS.sub("-", text.lower()).strip("-_") or fallback


def chart_as_of(view: ChartView, tables: Tables) -> str:
    """The date a chart's numbers hold for, ISO: the quoted figures' as-of date, else the latest record year.

    Note that the public records often give only a year, so a record-based chart says no more than that.
    """
    if view.as_of:
        return view.as_of
    if "figure_id" in view.table.columns:
        figures = tables.figures[tables.figures["figure_id"].isin(view.table["figure_id"])]
        if not figures.empty:
            return pd.Timestamp(figures["as_of"].max()).date().isoformat()
    return str(int(tables.label_events["year"].max()))


# --- Images -----------------------------------------------------------------------------------


def static_spec(view: ChartView, lang: str, base_url: str, release: Release | None = None) -> dict[str, Any]:
    """The chart's spec at a fixed width on white, its caption ending with a line naming the app and address.

    Note that the footer is the caption's last line (right under the source line) rather than a
    separate view below the chart: a single view can be fitted to an exact width, which keeps every
    image exactly `EXPORT_WIDTH` wide and renders about 10 % faster than a concatenation.
    """
    caption = _wide_caption(view)
    footer = releases.image_footer(release, lang, base_url) if release else None
    caption["subtitle"].append(footer or t("export.footer", lang, app=t("app.name", lang), url=base_url))
    spec = view.spec
    return {
        **spec,  # shallow: only top-level keys are replaced, so the screen's spec stays as it is
        **_unstacked_layers(spec),
        "title": {**spec.get("title", {}), **caption},
        "width": EXPORT_WIDTH,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "background": "white",
        "padding": EXPORT_PADDING,
    }


def _unstacked_layers(spec: dict[str, Any]) -> dict[str, Any]:
    """`layer` with stacking turned off where it changes nothing: rounded bars of which no two share a band.

    Note that Vega-Lite draws a stacked bar's rounded end through a clip mask, one per bar, which
    costs a PNG about a quarter of its render time; unstacked, the same bar is a rounded rectangle.
    """
    if "layer" not in spec:
        return {}
    rows = spec.get("datasets", {}).get(spec.get("data", {}).get("name"), [])
    return {"layer": [_unstacked(layer, rows) for layer in spec["layer"]]}


def _unstacked(layer: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    mark, encoding = layer.get("mark"), layer.get("encoding", {})
    if "data" in layer or not (isinstance(mark, dict) and mark.get("type") == "bar" and "cornerRadiusEnd" in mark):
        return layer
    value, band = ("x", "y") if encoding.get("x", {}).get("type") == "quantitative" else ("y", "x")
    measure, fields = encoding.get(value, {}), [encoding.get(c, {}).get("field") for c in (band, f"{band}Offset")]
    if measure.get("type") != "quantitative" or "aggregate" in measure or fields[0] is None:
        return layer
    bands = [tuple(str(row.get(f)) for f in fields) for row in rows]
    if len(bands) != len(set(bands)):
        return layer  # some bars really stack
    return {**layer, "encoding": {**encoding, value: {**measure, "stack": None}}}


def _wide_caption(view: ChartView) -> dict[str, list[str]]:
    """Title and takeaway + source line, rewrapped for the image's width (the words are the view's)."""
    text = view.text
    return {
        "text": charts.wrap(text.title, TITLE_WRAP),
        "subtitle": charts.wrap(text.subtitle, SUBTITLE_WRAP) + charts.wrap(text.source_line, SUBTITLE_WRAP),
    }


def chart_svg(view: ChartView, lang: str, base_url: str, release: Release | None = None) -> str:
    """A self-contained SVG (text stays text, so it can be searched and edited; no fonts or links fetched).

    Its last caption line names the app, its address and (when known) the data release.
    """
    warm_up()
    return str(vlc.vegalite_to_svg(static_spec(view, lang, base_url, release)))


def chart_png(
    view: ChartView, lang: str, base_url: str, scale: float = PNG_SCALE, release: Release | None = None
) -> bytes:
    """A PNG at `scale` × the SVG's size (scale 2: 1600 px wide, sharp in print and on high-density screens)."""
    return png_from_svg(chart_svg(view, lang, base_url, release), scale)


def png_from_svg(svg: str, scale: float = PNG_SCALE) -> bytes:
    """Rasterise an SVG from `chart_svg`, so one layout serves both files (the press kit uses this)."""
    warm_up()
    return bytes(vlc.svg_to_png(svg, scale=scale))


def warm_up() -> None:
    """Start vl-convert (about a second, once per process) and let it draw with the Liberation Sans it carries.

    Call it early (e.g. from a cached resource) so that a reader's first download is not the slow one.
    Note that vl-convert 1.9 opens and memory-maps a system font file for every glyph it measures or
    draws (about 3,000 times for one chart: most of the render time). It reads its font list once,
    through fontconfig, at its first text measurement; pointing FONTCONFIG_FILE at an empty list for
    that moment leaves only its bundled fonts: 2–3× faster, and an image that looks the same on every
    machine. If vl-convert was used before, this changes nothing and images are merely slower.
    """
    if _fonts_ready.is_set():
        return
    with _fonts_lock:
        if _fonts_ready.is_set():
            return
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "fonts.conf"  # one font folder, which does not exist
            config.write_text(f"<fontconfig><dir>{escape(folder)}/none</dir></fontconfig>\n", encoding="utf-8")
            previous = os.environ.get(FONTCONFIG_ENV)
            os.environ[FONTCONFIG_ENV] = str(config)
            try:
                vlc.vegalite_to_svg(FONT_WARM_UP_SPEC)  # has a title, so vl-convert measures text and reads fonts
            finally:
                _restore_env(FONTCONFIG_ENV, previous)
        _fonts_ready.set()


def _restore_env(name: str, previous: str | None) -> None:
    if previous is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = previous


# --- Data files -------------------------------------------------------------------------------


def chart_csv(view: ChartView, lang: str = "nb") -> bytes:
    """The rows behind the chart as the reader's spreadsheet wants them (see `src.export.chart_files.reader_csv`)."""
    return reader_csv(view, lang)


def as_of_cell(as_of: str) -> date | int | str:
    """An as-of text as a spreadsheet value: an ISO day as a real date, a year as a number."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of):
        return date.fromisoformat(as_of)
    return int(as_of) if as_of.isdecimal() else as_of


def chart_xlsx(
    view: ChartView, lang: str, citation: str, as_of: str | None = None, release: Release | None = None
) -> bytes:
    """The chart's rows with typed cells (the reader's headers and names), and a sheet saying where they come from.

    Note that `citation` is the full citation text (`src.views.citation.chart_citation`), and `as_of`
    (see `chart_as_of`) is written as a date cell; the source line states the date in words too.
    """
    book = Workbook()
    write_frame(book.worksheets[0], reader_table(view, lang), t("export.sheet.data", lang))
    source = book.create_sheet(t("export.sheet.source", lang))
    fields: list[tuple[str, object]] = [
        ("export.field.title", view.text.title),
        ("export.field.source_line", view.text.source_line),
        *([("export.field.as_of", as_of_cell(as_of))] if as_of else []),
        *([("release.field", f"{release.version} ({releases.built_day(release, lang)})")] if release else []),
        ("export.field.citation", citation),
    ]
    next_row = write_rows(source, [(t(key, lang), value) for key, value in fields], bold_first=False)
    refs = [(ref.where, ref.url, ref.quote) for ref in view.sources]
    header = tuple(t(f"export.field.{key}", lang) for key in ("where", "url", "quote"))
    write_rows(source, [header, *refs], start=next_row + 1)  # one empty row between the two blocks
    return workbook_bytes(book)


def tables_xlsx(tables: Tables, lang: str, citation: str) -> bytes:
    """Every published table on its own sheet (named as its CSV), and a source sheet with the citation."""
    book = Workbook()
    book.remove(book.worksheets[0])
    for name in DOWNLOAD_TABLES:
        write_frame(book.create_sheet(), _day_cells(published_table(tables, name)), name)  # names: see the dictionary
    source = book.create_sheet(t("export.sheet.source", lang))
    write_rows(source, [(line,) for line in citation.splitlines()], bold_first=False)
    return workbook_bytes(book)


def _day_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Partial-date columns with each full day as a date cell (it sorts and filters as a date in Excel), and a year
    or month left as its text ('2015', '2015-03'): a date cell would show a day the source does not give."""
    out = frame.copy()
    for column in PARTIAL_DATE_COLUMNS:
        if column in out.columns:
            out[column] = [
                date.fromisoformat(v) if isinstance(v, str) and len(v) == 10 else (v or None) for v in out[column]
            ]
    return out


def write_frame(sheet: Worksheet, frame: pd.DataFrame, title: str) -> None:
    """A frame as a sheet: header row, then one typed row per record, header frozen."""
    sheet.title = title[:31]  # Excel's limit for sheet names
    write_rows(sheet, [tuple(str(c) for c in frame.columns), *frame.itertuples(index=False, name=None)])
    sheet.freeze_panes = "A2"


def write_rows(sheet: Worksheet, rows: Iterable[tuple[Any, ...]], start: int = 1, bold_first: bool = True) -> int:
    """Write rows from row `start` with typed, formula-safe cells (the first in bold if a header); next free row."""
    next_row = start
    for row_number, row in enumerate(rows, start=start):
        for column, value in enumerate(row, start=1):
            cell = cast(Cell, sheet.cell(row=row_number, column=column))  # never merged here
            set_cell(cell, value)
            if bold_first and row_number == start:
                cell.font = Font(bold=True)
        next_row = row_number + 1
    _fit_columns(sheet)
    return next_row


def set_cell(cell: Cell, value: object) -> None:
    """Numbers as numbers, dates as dates, missing as empty, and text as text that never runs as a formula."""
    plain = cell_value(value)
    if isinstance(plain, str):
        plain = ILLEGAL_CHARACTERS_RE.sub("", plain)  # control characters that the file format cannot hold
        cell.value = str(neutralise_formula(plain))
        cell.data_type = "s"
        if "\n" in plain:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        link = safe_url(plain)
        if link:
            cell.hyperlink = link
    else:
        cell.value = plain
        if isinstance(plain, date):
            cell.number_format = XLSX_DATE_FORMAT


def cell_value(value: object) -> CellValue:
    """A spreadsheet-ready Python value for one pandas/numpy cell (NA and NaT become None)."""
    if value is None or (not isinstance(value, str | bytes) and _is_missing(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date() if value == value.normalize() else value.to_pydatetime()
    if isinstance(value, datetime | date | bool | int | float | str):
        return value
    if hasattr(value, "item"):  # numpy scalars
        return cell_value(value.item())
    return str(value)


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _fit_columns(sheet: Worksheet) -> None:
    for index, column in enumerate(sheet.columns, start=1):
        longest = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, 8), MAX_COLUMN_WIDTH)


def workbook_bytes(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
