"""The "Kilder og data" page's tables: every figure with its quote, the publications, the downloads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pandas as pd

from src.facts.data import Tables
from src.text import formatting
from src.text.i18n import CATALOGS, t
from src.views.dictionary import dictionary_frame
from src.views.downloads import to_csv_bytes
from src.views.share import site_of

DOWNLOAD_TABLES = (
    "figures",
    "label_events",
    "organisations",
    "context_facts",
    "sources",
    "alias_sources",
    "discrepancies",
)


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


def _translated(discrepancy_id: str, field: str, written: str, lang: str) -> str:
    """`about`/`statement` in the reader's language by id; the data's own (English) words for an id
    the catalog does not know yet, so a new row is shown rather than hidden."""
    key = f"discrepancy.{discrepancy_id}.{field}"
    return t(key, lang) if key in CATALOGS.get(lang, {}) else written


def discrepancies_table(tables: Tables, lang: str) -> pd.DataFrame:
    """Known differences between sources (discrepancies.csv): what, in the reader's words, and both
    pages with their quotes verbatim. A difference with only one page says so in the B columns."""
    d = tables.discrepancies
    ids = list(d["discrepancy_id"])
    col = lambda key: t(f"sources.disc.{key}", lang)  # noqa: E731
    return pd.DataFrame(
        {
            col("about"): [_translated(i, "about", a, lang) for i, a in zip(ids, d["about"], strict=True)],
            col("statement"): [_translated(i, "statement", s, lang) for i, s in zip(ids, d["statement"], strict=True)],
            col("quote_a"): d["quote_a"],
            col("source_a"): d["source_a_url"],
            col("quote_b"): d["quote_b"].fillna(col("no_b")),
            col("source_b"): d["source_b_url"],
        }
    ).astype({col("source_b"): "object"})


@dataclass(frozen=True)
class Side:
    """One page in a discrepancy: a link label naming its site, the page, and its sentence verbatim."""

    label: str
    url: str
    quote: str
    lang: str  # the quote's language, from discrepancies.csv (quote_a_lang / quote_b_lang)


@dataclass(frozen=True)
class Discrepancy:
    """A known difference between sources, in the reader's words, with every page's own words."""

    about: str
    statement: str
    sides: tuple[Side, ...]
    only_one_source: bool


def discrepancies(tables: Tables, lang: str) -> list[Discrepancy]:
    """discrepancies.csv as readable blocks (the phone cannot show two long quotes side by side in a grid)."""
    out = []
    for row in tables.discrepancies.itertuples(index=False):
        sides = tuple(
            Side(t(f"sources.disc.link_{side}", lang, site=site_of(str(url))), str(url), str(quote), str(code))
            for side, url, quote, code in (
                ("a", row.source_a_url, row.quote_a, row.quote_a_lang),
                ("b", row.source_b_url, row.quote_b, row.quote_b_lang),
            )
            if isinstance(url, str) and url
        )
        out.append(
            Discrepancy(
                _translated(row.discrepancy_id, "about", row.about, lang),
                _translated(row.discrepancy_id, "statement", row.statement, lang),
                sides,
                len(sides) < 2,
            )
        )
    return out


def renames_table(tables: Tables, lang: str) -> pd.DataFrame:
    """Every rename the app follows, with the page and the sentence that state it (alias_sources.csv)."""
    r = tables.alias_sources
    col = lambda key: t(f"sources.rename.{key}", lang)  # noqa: E731
    return pd.DataFrame(
        {
            col("old"): r["old_name"],
            col("new"): r["new_name"],
            col("changed"): [
                formatting.partial_date(d, p, lang) for d, p in zip(r["changed"], r["changed_precision"], strict=True)
            ],
            col("quote"): r["source_quote"],
            col("link"): r["source_url"],
        }
    )


# Date columns stored as the first day of their period, and the column saying how precise each one is.
PARTIAL_DATE_COLUMNS = {
    "date": "date_precision",
    "valid_until": "valid_until_precision",
    "changed": "changed_precision",
}


def published_table(tables: Tables, name: str) -> pd.DataFrame:
    """A table as the files publish it: each partial date written as precisely as its source ('2015', '2015-03'),
    never as the first day it is stored as (a spreadsheet would show '01.01.2015' for a year)."""
    frame = getattr(tables, name)
    replaced = {
        column: [formatting.iso_partial(d, p) for d, p in zip(frame[column], frame[precision], strict=True)]
        for column, precision in PARTIAL_DATE_COLUMNS.items()
        if column in frame.columns and precision in frame.columns
    }
    return frame.assign(**replaced) if replaced else frame


def table_csv(tables: Tables, name: str, lang: str) -> bytes:
    """A whole table's CSV for `lang`'s spreadsheet, dates as precise as their sources."""
    return to_csv_bytes(published_table(tables, name), lang)


def downloads(tables: Tables, lang: str) -> list[Download]:
    """One CSV per table (UTF-8 with BOM, formulas neutralised, `;` and decimal comma in Norwegian), named for it.

    Note that the column names and codes stay the data set's own (the dictionary explains each, in
    the reader's language), so a file means the same whichever language it was downloaded in.
    """
    return [
        Download(
            t("sources.download.label", lang, table=t(f"table.{name}", lang)),
            f"klyngekvalitet_{name}.csv",
            partial(table_csv, tables, name, lang),
        )
        for name in DOWNLOAD_TABLES
    ]


@dataclass(frozen=True)
class SourcesPage:
    """Everything the sources page shows that depends only on the data and the language."""

    figures: pd.DataFrame
    publications: pd.DataFrame
    discrepancies: list[Discrepancy]
    renames: pd.DataFrame
    dictionary: pd.DataFrame
    downloads: list[Download]


def page_content(tables: Tables, lang: str) -> SourcesPage:
    """The sources page's tables, notes and downloads, built together so a server can keep them."""
    return SourcesPage(
        figures_table(tables, lang),
        publications_table(tables, lang),
        discrepancies(tables, lang),
        renames_table(tables, lang),
        dictionary_table(lang),
        downloads(tables, lang),
    )
