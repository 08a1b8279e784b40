"""A chart's rows as a reader gets them: the table tab, the static page's table and the reader's files.

The registry (`src.views.registry`) says which columns a reader sees, their headers and which
hold codes or yes/no flags; this module applies it once, so the app's table tab, the static
edition's table and the reader's CSV/XLSX say the same words and numbers.
"""

from __future__ import annotations

import math

import pandas as pd

from src.text import formatting
from src.text.i18n import t
from src.views.chart_view import ChartView
from src.views.registry import CHART_BY_ID, Column

YEAR_COLUMNS = frozenset({"year"})  # a year is a name, not a quantity: '2017', never '2 017'


def header(column: str, lang: str) -> str:
    """A chart column's header in the reader's language ('count' → 'Antall')."""
    return t(f"files.col.{column}", lang)


def whole_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """Float columns holding only whole numbers become integers, so a count reads '6', not '6.0'."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_float_dtype(values) and values.dropna().map(float.is_integer).all():
            out[column] = values.astype("Int64")
    return out


def reader_columns(chart_id: str) -> tuple[Column, ...]:
    """The columns a reader sees, in the registry's order."""
    return tuple(column for column in CHART_BY_ID[chart_id].columns if column.reader)


def reader_table(view: ChartView, lang: str) -> pd.DataFrame:
    """The chart's rows for a reader: names instead of codes, yes/no, whole numbers, headers in their language.

    Values keep their types (numbers stay numbers), so a spreadsheet can sum them.
    """
    columns = reader_columns(view.chart_id)
    frame = whole_numbers(view.table[[c.name for c in columns]])
    for column in columns:
        if column.codes:
            frame[column.name] = [_code(column.codes, code, lang) for code in frame[column.name]]
        elif column.flag:
            frame[column.name] = [t(f"files.{'yes' if flag else 'no'}", lang) for flag in frame[column.name]]
    return frame.rename(columns={c.name: header(c.name, lang) for c in columns})


def _code(prefix: str, code: object, lang: str) -> str:
    """A code as a word ('gold' → 'Gull'); a missing code stays blank."""
    return "" if _missing(code) else t(f"{prefix}.{code}", lang)


def display_table(view: ChartView, lang: str) -> pd.DataFrame:
    """The reader's table as text, numbers written the reader's way ('63,6'): what the table tab shows.

    Note that the cells are the reader's CSV's cells (the same words, the same decimal mark),
    with thousands grouped for reading; a missing value is blank in both.
    """
    frame = reader_table(view, lang)
    years = {header(name, lang) for name in YEAR_COLUMNS}
    return pd.DataFrame(
        {column: [cell(value, lang, column in years) for value in frame[column]] for column in frame.columns},
        columns=frame.columns,
    )


def cell(value: object, lang: str, is_year: bool = False) -> str:
    """One value as text: numbers in the reader's language, a year as written, missing as blank."""
    if _missing(value):
        return ""
    if isinstance(value, bool):
        return t(f"files.{'yes' if value else 'no'}", lang)
    number = value.item() if hasattr(value, "item") else value
    if isinstance(number, int | float) and not isinstance(number, bool):
        if not math.isfinite(number):
            return ""
        return str(int(number)) if is_year else formatting.number(number, lang)
    return str(value)


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
