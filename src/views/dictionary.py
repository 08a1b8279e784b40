"""What every column of every published file means, in every language (the data dictionary).

Covers the data-set tables (`klyngekvalitet_<table>.csv`, their columns as `src.facts.data.TABLE_COLUMNS`
lists them), the register page's CSV and the columns of the per-chart
files: the machine-readable `.csv` (these stable names) and the reader's CSV/Excel (the same
columns under the header `src.export.chart_files.header` gives them). A test checks that no column of
any file is left out.

Note that the meanings live in the catalogs (`src/text/locale/*/messages.po`, key `dictionary.<table>.<column>`),
so translators see them with every other word; this module only says which columns each file has, once for
every language. A column added (here or to a table) needs its key in every catalog and in `src/text/dynamic_keys.py`.
"""

from __future__ import annotations

import pandas as pd

from src.facts.data import TABLE_COLUMNS
from src.text.i18n import t

CHART_TABLE = "charts"
REGISTER_TABLE = "register"  # the register page's CSV: these keys, under the headers `register.col.<key>` gives

COLUMNS: dict[str, tuple[str, ...]] = {
    **TABLE_COLUMNS,  # the data-set tables: src.facts.data lists their columns once
    CHART_TABLE: (
        "country",
        "level",
        "value",
        "sample_size",
        "count",
        "figure_id",
        "source_row",
        "stage",
        "organisations",
        "n",
        "year",
        "labels",
        "record_ids",
        "organisation",
        "score_pct",
        "threshold_pct",
        "record_id",
        "status",
        "expiry",
        "valid_until_inferred",
        "day",
        "series",
        "qualifier",
        "statement",
        "fact_id",
        "source",
        "file",
        "quote",
        "quote_lang",
        "event_id",
        "event",
        "start",
        "end",
        "valid_on_day",
        "score",
    ),
    REGISTER_TABLE: (
        "organisation",
        "level",
        "date",
        "source",
        "quote",
        "country",
        "event",
        "event_key",
        "valid_until",
        "score",
        "name_as_written",
        "record",
    ),
}


def meaning(table: str, column: str, lang: str = "nb") -> str:
    """What `column` of `table` means, in `lang` (Norwegian for an unknown language, as `t` does)."""
    return t(f"dictionary.{table}.{column}", lang)


def dictionary_frame(lang: str = "nb") -> pd.DataFrame:
    """The dictionary as a table: table, column, meaning, in `lang` (Norwegian for an unknown language)."""
    rows = [(table, column, meaning(table, column, lang)) for table, columns in COLUMNS.items() for column in columns]
    return pd.DataFrame(rows, columns=["table", "column", "meaning"])
