"""The "Kilder og data" page's tables: every figure with its quote, the publications, the downloads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pandas as pd

from src import formatting
from src.data import Tables
from src.dictionary import dictionary_frame
from src.downloads import to_csv_bytes
from src.i18n import t
from src.metrics import figure

DOWNLOAD_TABLES = ("figures", "label_events", "organisations", "context_facts", "sources")
DISCREPANCY_KEYS = ("start", "gold_validity", "index", "renamed")
INDEX_FIGURES = ("no_quality_index", "dk_quality_index")


@dataclass(frozen=True)
class Download:
    """A file offered for download; `data` builds the bytes only when the reader asks."""

    label: str
    file_name: str
    data: Callable[[], bytes]


def figures_table(tables: Tables, lang: str) -> pd.DataFrame:
    """Each quoted figure with its value as the reader writes numbers, its quote, row and link."""
    f = tables.figures
    values = [
        ("> " if q == "more_than" else "") + formatting.number(v, lang)
        for v, q in zip(f["value"], f["qualifier"], strict=True)
    ]
    return pd.DataFrame(
        {
            t("sources.col.figure", lang): f["figure_id"],
            t("sources.col.country", lang): [t(f"country.{c}", lang) for c in f["country"]],
            t("sources.col.value", lang): values,
            t("sources.col.quote", lang): f["quote"],
            t("sources.col.row", lang): f["source_row"],
            t("sources.col.link", lang): f["source_url"],
        }
    )


PUBLICATION_COLUMNS = ("source_id", "title", "author", "publisher", "published", "url")


def publications_table(tables: Tables, lang: str) -> pd.DataFrame:
    """The publications, with headers in the reader's language and the date as they write it."""
    frame = tables.sources[list(PUBLICATION_COLUMNS)].assign(
        published=[formatting.day(d, lang) for d in tables.sources["published"]]
    )
    return frame.rename(columns={c: t(f"sources.pub.{c}", lang) for c in PUBLICATION_COLUMNS})


def dictionary_table(lang: str) -> pd.DataFrame:
    frame = dictionary_frame(lang)
    return frame.rename(
        columns={
            "table": t("sources.dict.table", lang),
            "column": t("sources.dict.column", lang),
            "meaning": t("sources.dict.meaning", lang),
        }
    )


def discrepancies(tables: Tables, lang: str) -> list[str]:
    """Known differences between sources, stated rather than hidden (numbers filled from the data)."""
    index = {fid: formatting.number(figure(tables.figures, fid)["value"], lang) for fid in INDEX_FIGURES}
    values = {"no": index["no_quality_index"], "dk": index["dk_quality_index"]}
    return [t(f"sources.discrepancy.{key}", lang, **values) for key in DISCREPANCY_KEYS]


def downloads(tables: Tables, lang: str) -> list[Download]:
    """One CSV per table (UTF-8 with BOM, formulas neutralised, `;` and decimal comma in Norwegian), named for it.

    Note that the column names and codes stay the data set's own (the dictionary explains each, in
    the reader's language), so a file means the same whichever language it was downloaded in.
    """
    return [
        Download(
            t("sources.download.label", lang, table=t(f"table.{name}", lang)),
            f"klyngekvalitet_{name}.csv",
            partial(to_csv_bytes, getattr(tables, name), lang),
        )
        for name in DOWNLOAD_TABLES
    ]


@dataclass(frozen=True)
class SourcesPage:
    """Everything the sources page shows that depends only on the data and the language."""

    figures: pd.DataFrame
    publications: pd.DataFrame
    discrepancies: list[str]
    dictionary: pd.DataFrame
    downloads: list[Download]


def page_content(tables: Tables, lang: str) -> SourcesPage:
    """The sources page's tables, notes and downloads, built together so a server can keep them."""
    return SourcesPage(
        figures_table(tables, lang),
        publications_table(tables, lang),
        discrepancies(tables, lang),
        dictionary_table(lang),
        downloads(tables, lang),
    )
