"""What a static page is made of: headings, paragraphs, cards, tables and charts, as plain data.

Note that the templates only lay these blocks out; every word and number comes from the same
`src` functions the Streamlit pages call (views, summaries, renewal, register, source lists).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from markupsafe import Markup

from src.text import formatting
from src.text.text_safety import safe_url
from src.views.chart_table import YEAR_COLUMNS  # a year is a name, not a quantity
from src.views.chart_view import Quoted


@dataclass(frozen=True)
class Link:
    label: str
    href: str


Cell = str | Link | Quoted  # a Quoted cell is a source's sentence, marked with its own language


@dataclass(frozen=True)
class TableData:
    """A table as text cells (numbers already written the page language's way), links as `Link`."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""


@dataclass(frozen=True)
class ChartBlock:
    """One chart as the static page shows it: words, drawing, its rows, its sources, files and the app link."""

    chart_id: str
    title: str
    subtitle: str
    source_line: str
    description: str
    svg_narrow: Markup
    svg_wide: Markup
    table: TableData
    quotes: tuple[tuple[Link, Quoted], ...]
    downloads: tuple[Link, ...]
    explore: str


@dataclass(frozen=True)
class Block:
    """One piece of a page: `kind` says which of the optional fields the template reads."""

    kind: str  # heading | subheading | text | note | bullets | cards | table | chart | links | pre | discrepancy
    text: str = ""
    items: tuple[Any, ...] = ()
    table: TableData | None = None
    chart: ChartBlock | None = None


@dataclass(frozen=True)
class Page:
    """A static page in one language; `path` is relative to the site root ('' or 'en/' + slug)."""

    slug: str
    lang: str
    title: str
    description: str
    og_chart: str
    blocks: list[Block] = field(default_factory=list)
    app: str = ""  # the same page in the app, when it is not the app page of the same slug (an organisation's)


def plain(text: str) -> str:
    """A catalog sentence without its Markdown emphasis (the static page shows it as plain text)."""
    return text.replace("**", "")


def cell_text(value: object, lang: str, column: str = "") -> Cell:
    """A table cell as the reader writes it: numbers in the page's language, missing as '–', links as links."""
    if column in YEAR_COLUMNS and not _missing(value):
        return str(value)
    if value is None or (not isinstance(value, str) and _missing(value)):
        return "–"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float) or hasattr(value, "dtype"):
        number = value.item() if hasattr(value, "item") else value
        if isinstance(number, int | float) and not isinstance(number, bool):
            return formatting.number(number, lang) if math.isfinite(number) else "–"
    if isinstance(value, pd.Timestamp):
        return formatting.day(value, lang)
    text = str(value)
    return Link(text, text) if safe_url(text) else text


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def table_data(
    frame: pd.DataFrame, lang: str, caption: str = "", quote_langs: Mapping[str, Sequence[object]] | None = None
) -> TableData:
    """A frame as text cells, in its own column order; a column named in `quote_langs` holds quoted sentences,
    each cell marked with its language from the data (one code per row)."""
    columns = [str(c) for c in frame.columns]
    langs = quote_langs or {}
    rows = tuple(
        tuple(_cell(v, lang, c, langs, i) for v, c in zip(row, columns, strict=True))
        for i, row in enumerate(frame.itertuples(index=False, name=None))
    )
    return TableData(tuple(columns), rows, caption)


def _cell(value: object, lang: str, column: str, langs: Mapping[str, Sequence[object]], row: int) -> Cell:
    if column in langs and isinstance(value, str) and value:
        return Quoted(value, str(langs[column][row]))
    return cell_text(value, lang, column)
