"""Step 3: map a file's rows and check every one, reporting every problem in file and options at once.

Note that problems name the row as a person sees it in the file (header = 1) and the column by the
file's own name for it ('Label valid until', not valid_until), so a maintainer can fix the file.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from src.facts.dates import is_valid_partial_date, precision_of
from src.facts.errors import Problem
from src.facts.import_register.layouts import (
    FIRST_DATA_LINE,
    IDENTITY,
    OPTION_COLUMNS,
    SOURCE_URL_OPTION,
    UPDATABLE,
    Mapped,
    layout_of,
    map_esca,
    map_records,
    option_problems,
)
from src.facts.schemas import raise_if_problems, validate

DATE_FORMS = (  # (pattern, group numbers of year, month, day)
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), (1, 2, 3)),  # ESCA register: 2017/03/03
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), (3, 2, 1)),  # Norwegian: 03.03.2017
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00:00)?$"), (1, 2, 3)),  # ISO, Excel date cells
)


def normalise_date(text: str) -> str | None:
    """'2017/03/03', '03.03.2017', '2017-03-03' → '2017-03-03'; '2017-03' and '2017' kept; None if unreadable."""
    text = text.strip()
    if text == "" or (precision_of(text) in ("month", "year") and is_valid_partial_date(text)):
        return text
    for pattern, (y, m, d) in DATE_FORMS:
        match = pattern.match(text)
        if match:
            iso = f"{int(match[y]):04d}-{int(match[m]):02d}-{int(match[d]):02d}"
            return iso if is_valid_partial_date(iso) else None
    return None


def map_file(raw: pd.DataFrame, name: str, country: str | None, today: date, source_url: str | None = None) -> Mapped:
    """Mapped rows, or a DataError holding every problem in the file (and in the options) at once."""
    layout = layout_of(list(raw.columns), name)
    problems = option_problems(layout, country, source_url, name)
    if any(p.column == SOURCE_URL_OPTION for p in problems):
        source_url = None
    raw = raw.reset_index(drop=True)
    mapped = map_esca(raw, country or "", source_url or "") if layout == "esca" else map_records(raw, source_url)
    date_problems = _normalise_dates(mapped, name)
    mapped.rows = _fill_precision(mapped.rows)
    _add_provenance(mapped, name, today)
    said = {OPTION_COLUMNS[p.column or ""] for p in problems} if layout == "esca" else set()  # once, not per row
    problems += _schema_problems(mapped, name, {(p.row, p.column) for p in date_problems}, said)
    problems += date_problems + _conflicting_duplicates(mapped, name)
    raise_if_problems(sorted(problems, key=lambda p: (p.row or 0, p.column or "")))
    return mapped


def _normalise_dates(mapped: Mapped, name: str) -> list[Problem]:
    """Dates rewritten as ISO in place; every unreadable one is a Problem naming row and column."""
    problems = []
    for column in ("date", "valid_until"):
        parsed = mapped.rows[column].map(normalise_date)
        for i in parsed[parsed.isna()].index:
            text = mapped.rows.at[i, column]
            label = mapped.labels.get(column, column)
            message = f"cannot read the date {text!r} (write 2017/03/03, 03.03.2017 or 2017-03-03)"
            problems.append(Problem(name, mapped.lines[i], label, message))
        mapped.rows[column] = parsed.fillna(mapped.rows[column])
    return problems


def _fill_precision(rows: pd.DataFrame) -> pd.DataFrame:
    """An empty date_precision is filled from how the date is written."""
    implied = rows["date"].map(lambda v: precision_of(v) or "")
    return rows.assign(date_precision=rows["date_precision"].where(rows["date_precision"] != "", implied))


def _add_provenance(mapped: Mapped, name: str, today: date) -> None:
    """Every row's quote says which file and row it came from, and on which day."""
    notes = [f"Imported from {name} row {line} on {today.isoformat()}" for line in mapped.lines]
    quotes = mapped.rows["source_quote"]
    mapped.rows["source_quote"] = [f"{n}: {q}" if q else n for n, q in zip(notes, quotes, strict=True)]


def _schema_problems(
    mapped: Mapped, name: str, seen: set[tuple[int | None, str | None]], skip: set[str]
) -> list[Problem]:
    """label_records.csv's own schema on the mapped rows, in the file's row numbers and column names.

    Problems in the `seen` cells and in the `skip` columns were already reported another way.
    """
    problems = []
    for p in validate("label_records", mapped.rows, name):
        column = mapped.labels.get(p.column or "", p.column)
        row = mapped.lines[p.row - FIRST_DATA_LINE] if p.row is not None else None
        if (row, column) not in seen and p.column not in skip:
            problems.append(Problem(name, row, column, p.message))
    return problems


def _conflicting_duplicates(mapped: Mapped, name: str) -> list[Problem]:
    """A row that repeats another row's identity with different details is ambiguous: which one is right?"""
    details = [*IDENTITY, *UPDATABLE]
    same_key = mapped.rows.duplicated(IDENTITY, keep="first")
    exact = mapped.rows.duplicated(details, keep="first")
    first_line = mapped.rows.reset_index().groupby(IDENTITY, sort=False)["index"].transform("first")
    return [
        Problem(name, mapped.lines[i], None, f"repeats row {mapped.lines[first_line[i]]} with different details")
        for i in mapped.rows.index[same_key & ~exact]
    ]
