"""The public label records as a filterable register, in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from src import formatting
from src.data import Tables
from src.i18n import t


def filter_records(
    tables: Tables,
    countries: Sequence[str],
    levels: Sequence[str],
    events: Sequence[str],
    years: tuple[int, int],
    search: str,
    full_years: tuple[int, int],
) -> pd.DataFrame:
    """Records matching every filter; the name search is plain text (no regex) over all names.

    Note that undated records are kept while the year span is the full one, and dropped once a
    reader narrows it, since they cannot be placed in any year.
    """
    ev = tables.label_events
    names = ev["org_id"].map(tables.organisations.set_index("org_id")["canonical_name"])
    keep = ev["country"].isin(countries) & ev["level"].isin(levels) & ev["event"].isin(events)
    if tuple(years) != tuple(full_years):
        keep &= ev["year"].between(years[0], years[1]).fillna(False).astype(bool)
    if search:
        needle = search.casefold()
        haystack = (names.fillna("") + " " + ev["name_as_written"]).str.casefold()
        keep &= haystack.str.contains(needle, regex=False)
    return ev[keep].assign(organisation=names[keep])


def display_table(records: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Reader-facing columns with translated categories and dates as precise as their source."""
    col = lambda key: t(f"register.col.{key}", lang)  # noqa: E731
    return pd.DataFrame(
        {
            col("organisation"): records["organisation"],
            col("name_as_written"): records["name_as_written"],
            col("country"): [t(f"country.{c}", lang) for c in records["country"]],
            col("level"): [t(f"level.{v}", lang) for v in records["level"]],
            col("event"): [t(f"event.{v}", lang) for v in records["event"]],
            col("date"): [
                formatting.partial_date(d, p, lang)
                for d, p in zip(records["date"], records["date_precision"], strict=True)
            ],
            col("valid_until"): [
                formatting.partial_date(d, p, lang)
                for d, p in zip(records["valid_until"], records["valid_until_precision"], strict=True)
            ],
            col("score"): records["score_pct"],
            col("source"): records["source_url"],
            col("quote"): records["source_quote"],
            col("record"): [
                t("register.record", lang, record=r, row=row)
                for r, row in zip(records["record_id"], records["source_row"], strict=True)
            ],
        }
    ).reset_index(drop=True)


def coverage(tables: Tables) -> dict[str, int]:
    """How much the public records cover: records, organisations, organisations per country."""
    orgs = tables.organisations
    return {
        "records": len(tables.label_events),
        "orgs": len(orgs),
        "no": int((orgs["country"] == "NO").sum()),
        "dk": int((orgs["country"] == "DK").sum()),
    }
