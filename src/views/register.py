"""The public label records as a filterable register, in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, cast

import numpy as np
import pandas as pd

from src.facts.data import Tables
from src.facts.events import event_count, rows_per_event
from src.facts.schemas import COUNTRIES, EVENTS
from src.metrics.metrics import LEVEL_ORDER
from src.text import formatting
from src.text.i18n import t, tn
from src.views.filters import UNDATED_OPTIONS
from src.views.org_views import org_link
from src.views.url_state import Value

MAX_ROWS = 500


@dataclass(frozen=True)
class RegisterIndex:
    """The records' filter columns as plain arrays, made once per data set.

    Note that with a million records a filter change must stay a handful of vector operations:
    categories are compared as integer codes, and only the rows shown are ever copied.
    """

    country: pd.Categorical
    level: pd.Categorical
    event: pd.Categorical
    year: np.ndarray
    haystack: pd.Series
    names: pd.Series
    event_rows: np.ndarray


def build_index(tables: Tables) -> RegisterIndex:
    """Codes for the categories, the year as floats (NaN when undated), one casefolded text to search."""
    ev = tables.label_events
    names = ev["org_id"].map(tables.organisations.set_index("org_id")["canonical_name"]).fillna("")
    return RegisterIndex(
        country=pd.Categorical(ev["country"]),
        level=pd.Categorical(ev["level"]),
        event=pd.Categorical(ev["event"]),
        year=ev["year"].astype("float64").to_numpy(na_value=np.nan),
        haystack=(names + " " + ev["name_as_written"].fillna("")).str.casefold().reset_index(drop=True),
        names=names.reset_index(drop=True),
        event_rows=rows_per_event(ev).to_numpy(),
    )


def _among(column: pd.Categorical, chosen: Sequence[str]) -> np.ndarray:
    codes = column.categories.get_indexer(list(chosen))
    return np.isin(column.codes, codes[codes >= 0])


UNDATED_INCLUDE = UNDATED_OPTIONS[0]  # `?undated=include`: undated records stay in


class RegisterFilters(NamedTuple):
    """What a reader chose on the register page (hashable, so it can key a cache)."""

    countries: tuple[str, ...]
    levels: tuple[str, ...]
    events: tuple[str, ...]
    years: tuple[int, int]
    search: str
    undated: bool = True  # keep the records no year can be given for (the reader may exclude them)


def filters_of(values: Mapping[str, Value]) -> RegisterFilters:
    """The register page's URL values (`filters.register_page`) as the filters the table is built with."""
    return RegisterFilters(
        cast(tuple[str, ...], values["countries"]),
        cast(tuple[str, ...], values["levels"]),
        cast(tuple[str, ...], values["events"]),
        cast(tuple[int, int], values["years"]),
        str(values["q"]),
        values["undated"] == UNDATED_INCLUDE,
    )


def shown(chosen: RegisterFilters, full_years: tuple[int, int]) -> str:
    """What the filters left, for file names ('no_gold_2013-2019_q-arena'; '' when nothing is filtered).

    Note that two downloads under different filters must not overwrite each other in a reader's folder.
    """
    parts = []
    for values, every in ((chosen.countries, COUNTRIES), (chosen.levels, LEVEL_ORDER), (chosen.events, EVENTS)):
        if set(values) != set(every):
            parts.append("-".join(v.lower().replace("_", "-") for v in values) or "none")
    if tuple(chosen.years) != tuple(full_years):
        parts.append(f"{chosen.years[0]}-{chosen.years[1]}")
    if chosen.search.strip():
        parts.append(f"q-{chosen.search.strip()}")
    if not chosen.undated:
        parts.append("dated")
    return "_".join(parts)


def matching(index: RegisterIndex, chosen: RegisterFilters, full_years: tuple[int, int]) -> np.ndarray:
    """Positions of the records matching every filter; the name search is plain text (no regex) over all names.

    Note that the year span applies to dated records only: an undated record cannot be placed in
    any year, so it is kept (and counted as undated) unless the reader excludes undated records.
    `full_years` is kept for callers; the span itself decides.
    """
    keep = _among(index.country, chosen.countries) & _among(index.level, chosen.levels)
    keep &= _among(index.event, chosen.events)
    undated = np.isnan(index.year)
    with np.errstate(invalid="ignore"):
        in_span = (index.year >= chosen.years[0]) & (index.year <= chosen.years[1])
    keep &= in_span | (undated & chosen.undated)
    if chosen.search:
        keep &= index.haystack.str.contains(chosen.search.casefold(), regex=False).to_numpy(dtype=bool)
    return np.flatnonzero(keep)


def filter_records(
    tables: Tables, chosen: RegisterFilters, full_years: tuple[int, int], index: RegisterIndex | None = None
) -> pd.DataFrame:
    """The records matching every filter (see `matching`), with the organisation's canonical name."""
    index = index or build_index(tables)
    rows = matching(index, chosen, full_years)
    return _with_names(tables, index, rows)


def _with_names(tables: Tables, index: RegisterIndex, rows: np.ndarray) -> pd.DataFrame:
    """The records at `rows`, with the organisation's canonical name and how many rows tell their event."""
    return tables.label_events.iloc[rows].assign(
        organisation=index.names.iloc[rows].to_numpy(), event_rows=index.event_rows[rows]
    )


@dataclass(frozen=True)
class RegisterView:
    """What the register shows for one set of filters: at most `MAX_ROWS` rows, how many matched, how many undated."""

    table: pd.DataFrame
    matched: int
    total: int
    undated: int = 0  # of the matched records, how many have no year


def register_view(
    tables: Tables, index: RegisterIndex, chosen: RegisterFilters, full_years: tuple[int, int], lang: str
) -> RegisterView:
    """The first `MAX_ROWS` matching records in the reader's language."""
    rows = matching(index, chosen, full_years)
    shown = rows[:MAX_ROWS]
    records = _with_names(tables, index, shown)
    undated = int(np.isnan(index.year[rows]).sum())
    return RegisterView(
        with_org_links(display_table(records, lang), records, lang), len(rows), len(tables.label_events), undated
    )


def with_org_links(table: pd.DataFrame, records: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`table` with a link to each row's organisation page, right after the quote (screen only, not in the CSV).

    Note that it comes after the source and the quote, which must stay in view at 1280 px.
    """
    links = [org_link(str(o), lang) if pd.notna(o) else None for o in records["org_id"]]
    out = table.copy()
    quote = t("register.col.quote", lang)
    out.insert(out.columns.get_loc(quote) + 1 if quote in out.columns else 1, t("org.link.column", lang), links)
    return out


def score_text(value: object, lang: str) -> str:
    """A published score as the reader writes numbers ('87,5'), blank when none was published (never 'None')."""
    return "" if value is None or pd.isna(value) else formatting.number(float(value), lang)  # type: ignore[arg-type]


DISPLAY_ORDER = (
    "organisation", "level", "date", "source", "quote", "country", "event", "event_key", "valid_until", "score",
    "name_as_written", "record",
)  # fmt: skip  # source and quote early: visible at 1280 px without scrolling sideways


def display_table(records: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Reader-facing columns with translated categories, ISO dates (as precise as their source), blank scores."""
    col = lambda key: t(f"register.col.{key}", lang)  # noqa: E731
    columns = {
        "organisation": records["organisation"],
        "name_as_written": records["name_as_written"],
        "country": [t(f"country.{c}", lang) for c in records["country"]],
        "level": [t(f"level.{v}", lang) for v in records["level"]],
        "event": [t(f"event.{v}", lang) for v in records["event"]],
        "event_key": _event_cells(records, lang),
        "date": [formatting.iso_partial(d, p) for d, p in zip(records["date"], records["date_precision"], strict=True)],
        "valid_until": [
            formatting.iso_partial(d, p)
            for d, p in zip(records["valid_until"], records["valid_until_precision"], strict=True)
        ],
        "score": [score_text(v, lang) for v in records["score_pct"]],
        "source": records["source_url"],
        "quote": records["source_quote"],
        "record": [
            t("register.record", lang, record=r, row=row)
            for r, row in zip(records["record_id"], records["source_row"], strict=True)
        ],
    }
    return pd.DataFrame({col(key): columns[key] for key in DISPLAY_ORDER}).reset_index(drop=True)


def _event_cells(records: pd.DataFrame, lang: str) -> list[str]:
    """Each row's event key, with how many records tell that event when more than one does ('' for none)."""
    keys = records["event_key"].fillna("") if "event_key" in records else pd.Series("", index=records.index)
    counts = records["event_rows"] if "event_rows" in records else pd.Series(1, index=records.index)
    return [
        t("register.event_shared", lang, event=k, rows=n) if k and n > 1 else k
        for k, n in zip(keys, counts, strict=True)
    ]


def coverage_text(counts: dict[str, int], lang: str) -> str:
    """The coverage note from `coverage`'s counts: one sentence, plural forms chosen for each count."""
    return tn(
        "coverage.records",
        counts["records"],
        lang,
        events=tn("count.label_events", counts["events"], lang),
        orgs=tn("count.organisations", counts["orgs"], lang),
        no=formatting.number(counts["no"], lang),
        dk=formatting.number(counts["dk"], lang),
    )


def coverage(tables: Tables) -> dict[str, int]:
    """How much the public records cover: rows, distinct label events, organisations, organisations per country."""
    orgs = tables.organisations
    return {
        "records": len(tables.label_events),
        "events": event_count(tables.label_events),
        "orgs": len(orgs),
        "no": int((orgs["country"] == "NO").sum()),
        "dk": int((orgs["country"] == "DK").sum()),
    }
