"""The published chart CSVs as Data Package resources: each file's dialect, field types and words.

The reader's CSV takes its separator and decimal mark from `src.views.downloads.csv_format(lang)` (the one
place per language: `;` and decimal comma in Norwegian, `,` and `.` in English), so the descriptor and the
file cannot disagree; the programmer's ISO CSV is `,` and `.` in every language.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

import pandas as pd

from src.facts.datapackage import csv_resource, table_schema, words
from src.views.chart_table import reader_table, whole_numbers
from src.views.chart_view import ChartView
from src.views.downloads import csv_format

READER_ENCODING = "utf-8-sig"  # the reader's file starts with a BOM (Excel's cue for UTF-8)


def field_type(series: pd.Series) -> str:
    """The Table Schema type of a column as `to_csv` writes it (a midnight-only datetime is written as a date)."""
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_float_dtype(series):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        known = series.dropna()
        return "date" if (known == known.dt.normalize()).all() else "datetime"
    return "string"


def frame_fields(frame: pd.DataFrame, decimal: str) -> list[dict[str, Any]]:
    """One field per column; a number field in a decimal-comma file says so (`decimalChar`)."""
    fields = []
    for column in frame.columns:
        kind = field_type(frame[column])
        spec: dict[str, Any] = {"name": str(column), "type": kind}
        if kind == "number" and decimal != ".":
            spec["decimalChar"] = decimal
        if kind == "boolean":
            spec["trueValues"], spec["falseValues"] = ["True"], ["False"]
        fields.append(spec)
    return fields


def resource_name(path: str) -> str:
    """A resource name from the file's path ('nb/klyngekvalitet_x.csv' → 'nb-klyngekvalitet_x'; '.iso' stays)."""
    return PurePosixPath(path).as_posix().removesuffix(".csv").replace("/", "-").lower()


def chart_resources(view: ChartView, lang: str, reader_path: str, machine_path: str) -> list[dict[str, Any]]:
    """The chart's two CSVs (reader's and programmer's) as resources, paths relative to the package file."""
    separator, decimal = csv_format(lang)
    reader = csv_resource(
        resource_name(reader_path),
        reader_path,
        table_schema(frame_fields(reader_table(view, lang), decimal)),
        {lang: {"title": words("dp.chart.reader", lang, title=view.text.title)}},
        delimiter=separator,
        encoding=READER_ENCODING,
        main=lang,
    )
    machine = csv_resource(
        resource_name(machine_path),
        machine_path,
        table_schema(frame_fields(whole_numbers(view.table), ".")),
        {lang: {"title": words("dp.chart.machine", lang, title=view.text.title)}},
        main=lang,
    )
    return [reader, machine]


def table_file(lang: str, file_name: str) -> str:
    """Where the static edition puts a whole table's CSV: one folder per language, since the files share a name
    (the app's) but not a dialect (`;` in Norwegian, `,` in English)."""
    return f"{lang}/{file_name}"


def table_resource(frame: pd.DataFrame, title: str, lang: str, path: str) -> dict[str, Any]:
    """A table's reader CSV as `to_csv_bytes(frame, lang)` writes it (a whole table, or the register's rows)."""
    separator, decimal = csv_format(lang)
    return csv_resource(
        resource_name(path),
        path,
        table_schema(frame_fields(frame, decimal)),
        {lang: {"title": title}},
        delimiter=separator,
        encoding=READER_ENCODING,
        main=lang,
    )
