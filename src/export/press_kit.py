"""The press kit: one ZIP with every chart (PNG, SVG, CSV, Excel, ISO CSV + metadata), all data, citations, dictionary.

Note that each chart is built with the filters its page opens with, so the kit shows what a
reader sees first; a link in each citation leads back to that page.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import date

from src.export import chart_files
from src.export.export import (
    chart_as_of,
    chart_csv,
    chart_svg,
    chart_xlsx,
    file_name,
    png_from_svg,
    tables_xlsx,
)
from src.facts.data import Tables
from src.text.i18n import DEFAULT_LANG, t
from src.views import registry, releases, share
from src.views.chart_table import header
from src.views.chart_view import ChartView
from src.views.citation import chart_citation, dataset_citation
from src.views.dictionary import CHART_TABLE, REGISTER_TABLE, dictionary_frame
from src.views.source_list import DOWNLOAD_TABLES, downloads

CHART_FOLDER = "charts"
DATA_FOLDER = "data"
CITATION_FILE = "CITATION.txt"
DICTIONARY_FILE = "DATA_DICTIONARY.txt"
RELEASE_FILE = "RELEASE.json"  # the data release of every file in the kit
STORED_SUFFIXES = (".png", ".xlsx")  # already compressed: deflating them again only costs time
CHART_FORMATS = ("png", "svg", "csv", "xlsx", "iso.csv", "metadata.json")
Progress = Callable[[int, int], None]


def default_views(tables: Tables, lang: str, today: date | None = None) -> list[ChartView]:
    """Every press-kit chart of the registry with its page's default filters (a chart with no data is left out).

    Note that per-organisation charts have no default organisation, so the registry leaves them out of the kit.
    """
    day = today or date.today()
    built = [registry.build(c.chart_id, tables, {}, lang, day) for c in registry.CHARTS if c.press_kit]
    return [view for view in built if view is not None]


def chart_url(base_url: str, view: ChartView) -> str:
    """The address of the page that shows a chart as the kit has it: language, filters and day pinned."""
    return share.link(base_url, registry.CHART_BY_ID[view.chart_id].page_spec.url_path, view.params)


def zip_name(lang: str) -> str:
    """'klyngekvalitet_pressepakke_nb.zip' / 'klyngekvalitet_press-kit_en.zip': named in the reader's language."""
    return f"klyngekvalitet_{t('files.press_kit_name', lang)}_{lang}.zip"


def file_count(tables: Tables) -> int:
    """How many files the kit holds (for a progress bar): every chart's formats, the data, citation, dictionary
    (and the release record, for released data)."""
    released = 1 if tables.release else 0
    return len(default_views(tables, DEFAULT_LANG)) * len(CHART_FORMATS) + len(DOWNLOAD_TABLES) + 3 + released


def press_kit_zip(
    tables: Tables, lang: str, base_url: str, today: date | None = None, progress: Progress | None = None
) -> bytes:
    """The whole kit as ZIP bytes, built in memory (about a megabyte); `progress(done, total)` after each file."""
    total = file_count(tables) if progress else 0
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for done, (name, data) in enumerate(press_kit_files(tables, lang, base_url, today), start=1):
            stored = name.endswith(STORED_SUFFIXES)
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
            if progress:
                progress(min(done, total), total)
    return buffer.getvalue()


def press_kit_files(
    tables: Tables, lang: str, base_url: str, today: date | None = None
) -> Iterator[tuple[str, bytes | str]]:
    """(path in the ZIP, content) for every file of the kit, charts first."""
    views = default_views(tables, lang, today)
    citations = {view.chart_id: chart_citation(view, lang, chart_url(base_url, view), tables, today) for view in views}
    for view in views:
        link = chart_url(base_url, view)
        yield from _chart_files(view, tables, lang, base_url, citations[view.chart_id], link)
    dataset = dataset_citation(tables, lang, base_url, today)
    for item in downloads(tables, lang):
        yield f"{DATA_FOLDER}/{item.file_name}", item.data()
    yield f"{DATA_FOLDER}/klyngekvalitet_data_{lang}.xlsx", tables_xlsx(tables, lang, dataset)
    yield CITATION_FILE, citation_text(dataset, views, citations, lang)
    if tables.release:  # the release the whole kit comes from, as data/release.json states it
        yield RELEASE_FILE, json.dumps(releases.stamp(tables.release), indent=2) + "\n"
    yield DICTIONARY_FILE, dictionary_text(lang)


def _chart_files(
    view: ChartView, tables: Tables, lang: str, base_url: str, citation: str, link: str
) -> Iterator[tuple[str, bytes | str]]:
    as_of = chart_as_of(view, tables)
    for ext, data in chart_file_set(view, tables, lang, base_url, citation, link).items():
        yield f"{CHART_FOLDER}/{file_name(view.chart_id, lang, as_of, ext, view.shown)}", data


def chart_file_set(
    view: ChartView, tables: Tables, lang: str, base_url: str, citation: str, link: str
) -> dict[str, bytes | str]:
    """A chart's six files by extension, in `export.CHART_FILE_LABELS` order: the press kit's and the static site's."""
    as_of = chart_as_of(view, tables)
    svg = chart_svg(view, lang, base_url, tables.release)  # one layout for both images
    made: dict[str, bytes | str] = {
        "png": png_from_svg(svg),
        "svg": svg,
        "csv": chart_csv(view, lang),
        "xlsx": chart_xlsx(view, lang, citation, as_of=as_of, release=tables.release),
        "iso.csv": chart_files.machine_csv(view),
        "metadata.json": chart_files.metadata_json(view, lang, link, as_of, citation, tables.release),
    }
    return made


def _heading(text: str, underline: str) -> str:
    return f"{text}\n{underline * len(text)}"


def citation_text(dataset: str, views: list[ChartView], citations: dict[str, str], lang: str) -> str:
    """CITATION.txt: the data set's citation, then each chart's, under the chart's title."""
    parts = [_heading(t("press_kit.citation_title", lang), "="), _heading(t("press_kit.dataset", lang), "-"), dataset]
    parts.append(_heading(t("press_kit.charts", lang), "-"))
    parts += [citations[view.chart_id] for view in views]
    return "\n\n".join(parts) + "\n"


def dictionary_text(lang: str) -> str:
    """DATA_DICTIONARY.txt: per file, each column and what it means, in the reader's language.

    Note that a chart column also names the header it has in the reader's CSV and Excel files.
    """
    frame = dictionary_frame(lang)
    blocks = [_heading(t("press_kit.dictionary_title", lang), "="), t("press_kit.dictionary_note", lang)]
    for table, rows in frame.groupby("table", sort=False):
        if table == CHART_TABLE:
            title = t("files.dictionary.charts", lang)
            lines = [f"  {r.column} ({header(r.column, lang)}): {r.meaning}" for r in rows.itertuples()]
        elif table == REGISTER_TABLE:
            title = t("files.dictionary.register", lang, lang_code=lang)
            lines = [f"  {t(f'register.col.{r.column}', lang)}: {r.meaning}" for r in rows.itertuples()]
        else:
            title = t("files.dictionary.table", lang, table=table)
            lines = [f"  {r.column}: {r.meaning}" for r in rows.itertuples()]
        blocks.append("\n".join([title, *lines]))
    return "\n\n".join(blocks) + "\n"
