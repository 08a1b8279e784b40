"""Data files for download: CSV that Excel opens with æøå intact and no live formulas."""

from __future__ import annotations

import pandas as pd

UTF8_BOM = "\ufeff"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM (Excel's cue for UTF-8), text cells neutralised against formula injection."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise_formula)
    return (UTF8_BOM + safe.to_csv(index=False, lineterminator="\r\n")).encode("utf-8")
