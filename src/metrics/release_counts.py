"""What a new release changes: its records (`src.facts.release_diff`) and every count the app shows.

The counts are the app's own metrics run on each release's tables (built from its kept source
files, `src.facts.release_tables`): label records, label events and organisations; labels per year
by country; label events without a year by country; organisations by highest level; the follow-up
computed from the records; and the expiry radar's statuses. The follow-up and the radar depend on a
day: both releases are measured on the newer release's day (the radar's default day, today, when
it came out), so the table compares like with like and does not move when read later.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

import pandas as pd

from src.facts.data import Tables
from src.facts.events import event_count
from src.facts.release import Release
from src.facts.release_diff import diff_releases
from src.facts.release_tables import kept_frames, release_tables
from src.metrics import follow_up, metrics, radar
from src.metrics.metrics import COUNTRY_ORDER, LEVEL_ORDER

KEY = ["measure", "year", "country", "category"]
COUNT_COLUMNS = [*KEY, "before", "after", "change"]
MEASURES = ("records", "events", "organisations", "labels_per_year", "undated", "highest_level",
            "follow_up", "radar")  # fmt: skip


def counts(tables: Tables, on: date) -> pd.DataFrame:
    """Every count in `MEASURES` for one release's tables, one row per (measure, year, country, category)."""
    events = tables.label_events
    rows: list[tuple[object, ...]] = [
        ("records", None, "", "", len(events)),
        ("events", None, "", "", event_count(events)),
        ("organisations", None, "", "", len(tables.organisations)),
    ]
    rows += _per_year(events) + _undated(events) + _levels(events) + _follow_up(events, on) + _radar(events, on)
    return pd.DataFrame(rows, columns=[*KEY, "value"]).astype({"year": "Int64"})


def _per_year(events: pd.DataFrame) -> list[tuple[object, ...]]:
    if events["year"].dropna().empty:
        return []
    per_year = metrics.labels_per_year(events, COUNTRY_ORDER, LEVEL_ORDER, metrics.year_bounds(events))
    summed = per_year.groupby(["year", "country"])["labels"].sum()
    return [("labels_per_year", int(y), c, "", int(n)) for (y, c), n in summed.items()]


def _undated(events: pd.DataFrame) -> list[tuple[object, ...]]:
    return [("undated", None, c, "", metrics.undated_count(events, (c,), LEVEL_ORDER)) for c in COUNTRY_ORDER]


def _levels(events: pd.DataFrame) -> list[tuple[object, ...]]:
    table = metrics.level_distribution(events, COUNTRY_ORDER)
    columns = table[["country", "level", "organisations"]].to_numpy()
    return [("highest_level", None, c, lvl, int(n)) for c, lvl, n in columns]


def _follow_up(events: pd.DataFrame, on: date) -> list[tuple[object, ...]]:
    _, summary = follow_up.follow_up_from_records(events, as_of=on)
    parts = {
        "followed_up": summary.followed_up,
        "lapsed": summary.decided - summary.followed_up,
        "pending": summary.pending,
        "undated": summary.undated,
    }
    return [("follow_up", None, "", part, n) for part, n in parts.items()]


def _radar(events: pd.DataFrame, on: date) -> list[tuple[object, ...]]:
    statuses = radar.status_counts(radar.radar(events, on))
    return [("radar", None, "", status, n) for status, n in statuses.items()]


def count_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Both releases' counts side by side with the change (a count one release lacks is 0 there)."""
    joined = before.merge(after, on=KEY, how="outer", suffixes=("_before", "_after"))
    out = joined.assign(
        before=joined["value_before"].fillna(0).astype(int),
        after=joined["value_after"].fillna(0).astype(int),
    )
    out["change"] = out["after"] - out["before"]
    order = out["measure"].map({m: i for i, m in enumerate(MEASURES)})
    return (
        out.assign(_order=order)
        .sort_values(["_order", "year", "country", "category"])
        .reset_index(drop=True)[COUNT_COLUMNS]
    )


@dataclass(frozen=True)
class Comparison:
    """A release against the one before it: the records that differ and the effect on every count."""

    older: Release
    newer: Release
    on: date
    records: pd.DataFrame
    counts: pd.DataFrame

    @property
    def changed_counts(self) -> pd.DataFrame:
        return self.counts[self.counts["change"] != 0].reset_index(drop=True)


def compare(older: Release, newer: Release) -> Comparison:
    """`newer` against `older`, counts measured on the day `newer` was made."""
    on = date.fromisoformat(newer.built)
    records = diff_releases(kept_frames(older), kept_frames(newer))
    table = count_changes(counts(release_tables(older), on), counts(release_tables(newer), on))
    return Comparison(older, newer, on, records, table)


def history(kept: list[Release]) -> list[Comparison]:
    """Each kept release against the one before it, oldest pair first."""
    return [compare(a, b) for a, b in itertools.pairwise(kept)]
