"""Data files for download: CSV that Excel opens with æøå intact and no live formulas."""

from __future__ import annotations

import pandas as pd

from src.text.languages import MACHINE_CSV, language

UTF8_BOM = "\ufeff"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_format(lang: str | None) -> tuple[str, str]:
    """(separator, decimal mark) from the language table: Norwegian and Danish Excel expect `;` and `,`;
    English and machines (no language) `,` and `.`."""
    if not lang:
        return MACHINE_CSV
    row = language(lang)
    return row.csv_separator, row.csv_decimal


def to_csv_bytes(frame: pd.DataFrame, lang: str | None = None, bom: bool = True) -> bytes:
    """CSV for `lang`'s spreadsheet (see `csv_format`), text cells neutralised against formula injection.

    Note that the BOM is Excel's cue for UTF-8 (without it æøå break); `bom=False` is for programs.
    Dates are written as ISO dates (pandas writes a midnight-only datetime column as yyyy-mm-dd).
    """
    separator, decimal = csv_format(lang)
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise_formula)
    text = safe.to_csv(index=False, lineterminator="\r\n", sep=separator, decimal=decimal)
    return ((UTF8_BOM if bom else "") + text).encode("utf-8")
