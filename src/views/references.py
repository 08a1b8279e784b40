"""Where a chart's numbers come from, in the reader's words: source lines, n, as-of dates and file rows.

Every builder names its sources the same way: the article's line for quoted figures, the records'
line for counts from the public records, one `SourceRef` per number a reader can check.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pandas as pd
from babel.lists import format_list

from src.facts.data import Tables
from src.facts.events import event_count
from src.text import formatting
from src.text.formatting import locale_of
from src.text.i18n import t, tn
from src.views.chart_view import SourceRef

ARTICLE_SOURCE_ID = "clusterservices-2017"


def join_words(items: list[str], lang: str) -> str:
    """'28 og 29' / '28 and 29'."""
    return format_list(items, locale=locale_of(lang)) if items else ""


def country_name(code: str, lang: str) -> str:
    return t(f"country.{code}", lang)


def level_name(level: str, lang: str) -> str:
    return t(f"level.{level}", lang)


def article_source(tables: Tables, lang: str) -> str:
    """'Kilde: Cluster Services … (2017), «Mangler norske klynger …»'."""
    src = tables.sources.set_index("source_id").loc[ARTICLE_SOURCE_ID]
    return t("source.article", lang, publisher=src["publisher"], year=src["published"].year, title=src["title"])


def article_date(tables: Tables, lang: str) -> str:
    return formatting.day(tables.sources.set_index("source_id").loc[ARTICLE_SOURCE_ID, "published"], lang)


def figure_refs(tables: Tables, figure_ids: list[str], lang: str) -> list[SourceRef]:
    """Source references for quoted figures, in the order given, one per figure."""
    rows = tables.figures.set_index("figure_id").loc[figure_ids]
    return [
        SourceRef(
            t("source.file_row", lang, file="published_figures.csv", row=r.source_row, what=fid),
            str(r.source_url),
            str(r.quote),
            int(r.source_row),
            str(r.quote_lang),
        )
        for fid, r in rows.iterrows()
    ]


def record_refs(tables: Tables, record_ids: list[str], lang: str) -> list[SourceRef]:
    """Source references for label records (file row, page, quote)."""
    return refs_of_records(tables.label_events, record_ids, lang)


def refs_of_records(records: pd.DataFrame, record_ids: Collection[str], lang: str) -> list[SourceRef]:
    """Source references for the rows of `records` whose id is in `record_ids`, in the frame's order."""
    return refs_of_rows(records[records["record_id"].isin(list(record_ids))], lang)


def refs_of_rows(rows: pd.DataFrame, lang: str) -> list[SourceRef]:
    """One source reference per label record in `rows` (file row, page, quote and its language), in their order."""
    return [
        SourceRef(
            t("source.file_row", lang, file="label_records.csv", row=r.source_row, what=r.name_as_written),
            str(r.source_url),
            str(r.source_quote),
            int(r.source_row),
            str(r.quote_lang),
        )
        for r in rows.itertuples()
    ]


def figures_as_of(tables: Tables, data: pd.DataFrame) -> str:
    """The quoted figures' as-of day (ISO), read from the rows shown."""
    shown = tables.figures[tables.figures["figure_id"].isin(data["figure_id"])]
    return pd.Timestamp(shown["as_of"].max()).date().isoformat()


def n_by_country(countries: Sequence[str], sizes: Sequence[int], lang: str) -> str:
    """'28 (Norge) og 29 (Danmark)': each n says whose it is."""
    parts = [
        f"{formatting.number(int(n), lang)} ({country_name(c, lang)})" for c, n in zip(countries, sizes, strict=True)
    ]
    return join_words(parts, lang)


def article_line(tables: Tables, n_text: str, lang: str) -> str:
    return t("source.line", lang, source=article_source(tables, lang), n=n_text, as_of=article_date(tables, lang))


def records_line(tables: Tables, n_text: str, lang: str, as_of: str | None = None) -> str:
    """Source line for charts computed from the public label records: how many rows, how many events.

    Note that `as_of` is the latest year among the rows shown (a filtered chart holds for its own
    span); by default the latest year of every record. Records often give only a year, so no more.
    """
    events = tables.label_events
    source = tn("source.records", len(events), lang, events=tn("count.label_events", event_count(events), lang))
    return t("source.line", lang, source=source, n=n_text, as_of=as_of or latest_year(events))


def latest_year(events: pd.DataFrame) -> str:
    """The latest year any of `events` is dated in ('' when none is dated)."""
    years = events["year"].dropna()
    return str(int(years.max())) if len(years) else ""
