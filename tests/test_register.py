"""The register's filters, checked against plain loops over the shipped records, and its row limit."""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest

from src.facts.data import Tables
from src.facts.schemas import EVENTS
from src.facts.synthetic import synthetic_events
from src.views import register
from src.views.register import RegisterFilters, shown

ALL_COUNTRIES, ALL_LEVELS = ("NO", "DK"), ("bronze", "silver", "gold")
ALL_EVENTS = ("awarded", "renewed", "register_entry")


def _full_years(tables: Tables) -> tuple[int, int]:
    years = tables.label_events["year"].dropna()
    return int(years.min()), int(years.max())


def _expected(tables: Tables, keep: object) -> list[str]:
    """Record ids kept by `keep(row, name)`, by a plain loop over the records."""
    names = dict(zip(tables.organisations["org_id"], tables.organisations["canonical_name"], strict=True))
    return [
        row["record_id"]
        for row in tables.label_events.to_dict("records")
        if keep(row, names.get(row["org_id"], ""))  # type: ignore[operator]
    ]


CASES = [
    ("everything", ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, None, "", lambda r, n: True),
    ("Norway only", ("NO",), ALL_LEVELS, ALL_EVENTS, None, "", lambda r, n: r["country"] == "NO"),
    ("gold renewals", ALL_COUNTRIES, ("gold",), ("renewed",), None, "",
     lambda r, n: r["level"] == "gold" and r["event"] == "renewed"),
    ("nothing chosen", (), ALL_LEVELS, ALL_EVENTS, None, "", lambda r, n: False),
    ("unknown value ignored", ("NO", "SE"), ALL_LEVELS, ALL_EVENTS, None, "", lambda r, n: r["country"] == "NO"),
    ("narrowed years keep undated", ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, (2014, 2016), "",
     lambda r, n: pd.isna(r["year"]) or 2014 <= r["year"] <= 2016),
    ("search either name, any case", ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, None, "node",
     lambda r, n: "node" in (n + " " + r["name_as_written"]).casefold()),
    ("search is plain text, not a pattern", ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, None, ".*", lambda r, n: False),
]  # fmt: skip


@pytest.mark.parametrize(("case", "countries", "levels", "events", "years", "search", "keep"), CASES)
def test_filters_keep_exactly_the_matching_records(
    tables: Tables, case: str, countries, levels, events, years, search, keep
) -> None:
    full = _full_years(tables)
    chosen = register.RegisterFilters(countries, levels, events, years or full, search)
    got = register.filter_records(tables, chosen, full)
    assert list(got["record_id"]) == _expected(tables, keep), case


@pytest.mark.parametrize("years", [None, (2013, 2024), (2014, 2016)])
def test_undated_records_go_only_when_the_reader_excludes_them(tables: Tables, years: tuple[int, int] | None) -> None:
    """The issue: 2012–2024 showed 98, 2013–2024 showed 47 — every undated record silently dropped."""
    full = _full_years(tables)
    span = years or full
    undated = int(tables.label_events["year"].isna().sum())
    assert undated > 0
    kept = register.filter_records(
        tables, register.RegisterFilters(ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, span, ""), full
    )
    dropped = register.filter_records(
        tables, register.RegisterFilters(ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, span, "", undated=False), full
    )
    in_span = tables.label_events["year"].between(*span).fillna(False).sum()
    assert len(kept) == in_span + undated
    assert len(dropped) == in_span and dropped["year"].notna().all()
    view = register.register_view(tables, register.build_index(tables), register.RegisterFilters(
        ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, span, ""), full, "nb")  # fmt: skip
    assert view.undated == undated and view.matched == len(kept)


def test_register_cells_tell_the_truth(tables: Tables) -> None:
    """Missing scores are blank (never 'None'), dates are ISO as precise as the source, so they sort as dates."""
    full = _full_years(tables)
    view = register.register_view(
        tables, register.build_index(tables), register.RegisterFilters(ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, full, ""),
        full, "en",
    )  # fmt: skip
    table = view.table
    assert "None" not in set(table["Score (%)"]) and "" in set(table["Score (%)"])
    assert any(s and s[0].isdigit() for s in table["Score (%)"])
    dates = [d for d in table["Date"] if d]
    assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d) for d in dates), dates
    assert sorted(dates) == sorted(dates, key=lambda d: (int(d[:4]), d))  # text order is date order
    assert list(table.columns)[3:5] == ["Source", "Quote"]  # early: on screen at 1280 px without scrolling


def test_search_finds_a_renamed_organisation_under_its_old_name(tables: Tables) -> None:
    full = _full_years(tables)
    chosen = register.RegisterFilters(ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, full, "NCE NODE")
    got = register.filter_records(tables, chosen, full)
    assert len(got) and set(got["organisation"]) == {"GCE NODE"}


def _synthetic_tables(tables: Tables, n: int) -> Tables:
    events = synthetic_events(n, seed=3).assign(year=lambda f: f["date"].dt.year.astype("Int64"))
    orgs = events.drop_duplicates("org_id")[["org_id", "name_as_written", "country"]]
    orgs = orgs.rename(columns={"name_as_written": "canonical_name"})
    return dataclasses.replace(tables, label_events=events, organisations=orgs)


def test_register_shows_at_most_max_rows_and_says_how_many_matched(tables: Tables) -> None:
    big = _synthetic_tables(tables, register.MAX_ROWS * 3)
    full = _full_years(big)
    chosen = register.RegisterFilters(ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, full, "")
    view = register.register_view(big, register.build_index(big), chosen, full, "nb")
    assert len(view.table) == register.MAX_ROWS
    assert view.matched == view.total == register.MAX_ROWS * 3
    assert list(view.table["Oppføring"].str.split().str[0]) == list(big.label_events["record_id"][: register.MAX_ROWS])


def test_shipped_register_is_shown_whole(tables: Tables) -> None:
    full = _full_years(tables)
    chosen = register.RegisterFilters(ALL_COUNTRIES, ALL_LEVELS, ALL_EVENTS, full, "")
    view = register.register_view(tables, register.build_index(tables), chosen, full, "en")
    assert len(view.table) == view.matched == view.total == len(tables.label_events)


def test_each_selection_downloads_under_its_own_name() -> None:
    full = (2012, 2024)
    everything = RegisterFilters(("NO", "DK"), ("bronze", "silver", "gold"), EVENTS, full, "")
    assert shown(everything, full) == ""
    names = {
        shown(everything._replace(countries=("NO",)), full),
        shown(everything._replace(levels=("gold",), years=(2013, 2019)), full),
        shown(everything._replace(search="Arena Eyde"), full),
        shown(everything._replace(undated=False), full),
        shown(everything._replace(countries=()), full),
    }
    assert names == {"no", "gold_2013-2019", "q-Arena Eyde", "dated", "none"}
