"""The press kit: one ZIP with every chart (PNG, SVG, CSV, Excel), all data, citations and the dictionary.

Note that each chart is built with the filters its page opens with, so the kit shows what a
reader sees first; a link in each citation leads back to that page.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date

from src import filters
from src.citation import chart_citation, dataset_citation
from src.data import Tables
from src.dictionary import dictionary_frame
from src.export import (
    chart_as_of,
    chart_csv,
    chart_svg,
    chart_xlsx,
    file_name,
    png_from_svg,
    tables_xlsx,
)
from src.i18n import DEFAULT_LANG, t
from src.source_list import downloads
from src.url_state import Value, default_of
from src.views import VIEWS, ChartView

CHART_FOLDER = "charts"
DATA_FOLDER = "data"
CITATION_FILE = "CITATION.txt"
DICTIONARY_FILE = "DATA_DICTIONARY.txt"
STORED_SUFFIXES = (".png", ".xlsx")  # already compressed: deflating them again only costs time


def default_arguments(tables: Tables) -> dict[str, tuple[Value, ...]]:
    """Each chart's view arguments (before `lang`) with the filters its page opens with.

    Note that per-organisation charts (`src.org_views`) have no default organisation, so they are not in the kit.
    """
    return {
        chart_id: chosen.args({name: default_of(param) for name, param in chosen.spec.items()})
        for chart_id, chosen in filters.chart_filters(tables).items()
        if chart_id in VIEWS
    }


def default_views(tables: Tables, lang: str) -> list[ChartView]:
    """Every chart in `VIEWS` with its page's default filters (a chart with no data is left out)."""
    arguments = default_arguments(tables)
    built = [VIEWS[chart_id](tables, *arguments[chart_id], lang) for chart_id in VIEWS]
    return [view for view in built if view is not None]


def chart_url(base_url: str, chart_id: str, lang: str) -> str:
    """The address of the page that shows a chart, in the reader's language."""
    page = filters.CHART_PAGES.get(chart_id, "")
    query = "" if lang == DEFAULT_LANG else f"?lang={lang}"
    return f"{base_url}/{page}{query}"


def press_kit_zip(tables: Tables, lang: str, base_url: str, today: date | None = None) -> bytes:
    """The whole kit as ZIP bytes, built in memory (about a megabyte)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in press_kit_files(tables, lang, base_url, today):
            stored = name.endswith(STORED_SUFFIXES)
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def press_kit_files(
    tables: Tables, lang: str, base_url: str, today: date | None = None
) -> Iterator[tuple[str, bytes | str]]:
    """(path in the ZIP, content) for every file of the kit, charts first."""
    views = default_views(tables, lang)
    citations = {
        view.chart_id: chart_citation(view, lang, chart_url(base_url, view.chart_id, lang), tables, today)
        for view in views
    }
    for view in views:
        yield from _chart_files(view, tables, lang, base_url, citations[view.chart_id])
    dataset = dataset_citation(tables, lang, base_url, today)
    for item in downloads(tables, lang):
        yield f"{DATA_FOLDER}/{item.file_name}", item.data()
    yield f"{DATA_FOLDER}/klyngekvalitet_data_{lang}.xlsx", tables_xlsx(tables, lang, dataset)
    yield CITATION_FILE, citation_text(dataset, views, citations, lang)
    yield DICTIONARY_FILE, dictionary_text(lang)


def _chart_files(
    view: ChartView, tables: Tables, lang: str, base_url: str, citation: str
) -> Iterator[tuple[str, bytes | str]]:
    as_of = chart_as_of(view, tables)
    svg = chart_svg(view, lang, base_url)  # one layout for both images
    for ext, data in (
        ("png", png_from_svg(svg)),
        ("svg", svg),
        ("csv", chart_csv(view)),
        ("xlsx", chart_xlsx(view, lang, citation, as_of=as_of)),
    ):
        yield f"{CHART_FOLDER}/{file_name(view.chart_id, lang, as_of, ext)}", data


def _heading(text: str, underline: str) -> str:
    return f"{text}\n{underline * len(text)}"


def citation_text(dataset: str, views: list[ChartView], citations: dict[str, str], lang: str) -> str:
    """CITATION.txt: the data set's citation, then each chart's, under the chart's title."""
    parts = [_heading(t("press_kit.citation_title", lang), "="), _heading(t("press_kit.dataset", lang), "-"), dataset]
    parts.append(_heading(t("press_kit.charts", lang), "-"))
    parts += [citations[view.chart_id] for view in views]
    return "\n\n".join(parts) + "\n"


def dictionary_text(lang: str) -> str:
    """DATA_DICTIONARY.txt: per table (and its CSV file), each column and what it means."""
    frame = dictionary_frame()
    blocks = [_heading(t("press_kit.dictionary_title", lang), "="), t("press_kit.dictionary_note", lang)]
    for table, rows in frame.groupby("table", sort=False):
        lines = [f"  {row.column}: {row.meaning}" for row in rows.itertuples()]
        blocks.append("\n".join([f"{table} (klyngekvalitet_{table}.csv)", *lines]))
    return "\n\n".join(blocks) + "\n"
