"""Time counting label events (rows sharing an `event_key` combined) on synthetic registers.

The yardstick, measured in the same run on the same frame, is what main counted before events:
a `drop_duplicates` on (organisation, level, event, year). `shared` is the share of rows that
repeat the previous row's key (two pages reporting one award); the shipped data have 2 %.

`_first` is a call on a frame not seen before (the rows are combined), `_then` a later call on the
same frame (the app's case: its one table is combined once per process, then only filtered).

Run with `python -m bench.events_bench [sizes…]`. No assertions: this is for reading, not for CI.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import pandas as pd

from bench.timing import median_seconds, print_table
from src.facts import events as event_module
from src.facts.events import combine_rows, event_count, rows_per_event
from src.facts.synthetic import synthetic_events
from src.metrics import metrics

SIZES = (1_000, 100_000, 1_000_000)
SHARED = 0.02
REPEATS = 3


def with_shared_keys(events: pd.DataFrame, share: float) -> pd.DataFrame:
    """Every 1/share-th award or renewal takes the key of the row before it (and that row's level)."""
    keys, level = events["event_key"].copy(), events["level"].copy()
    step = max(1, round(1 / share))
    at = np.arange(1, len(events), step)
    at = at[keys.iloc[at].notna().to_numpy() & keys.iloc[at - 1].notna().to_numpy()]
    keys.iloc[at] = keys.iloc[at - 1].to_numpy()
    level.iloc[at] = level.iloc[at - 1].to_numpy()
    return events.assign(event_key=keys, level=level)


def rows_per_year_before(events: pd.DataFrame) -> pd.DataFrame:
    """main's labels_per_year before events (de-dup by organisation, level, event, year), as a yardstick."""
    dated = events[events["event"].isin(["awarded", "renewed"]) & events["year"].notna()]
    dated = dated.sort_values("record_id").drop_duplicates(["org_id", "level", "event", "year"])
    grouped = dated.groupby(["year", "country", "level"]).agg(
        labels=("record_id", "size"), record_ids=("record_id", lambda s: ", ".join(s))
    )
    return grouped.reset_index()


def row(n: int) -> dict[str, object]:
    plain = synthetic_events(n, seed=42)
    shared = with_shared_keys(plain, SHARED)
    base = median_seconds(lambda: shared.drop_duplicates(["org_id", "level", "event", "year"]), REPEATS)
    clock = lambda work: median_seconds(work, REPEATS) / base  # noqa: E731
    uncached = lambda: (event_module._COUNTS.clear(), event_count(shared))  # noqa: E731
    everyone = (["NO", "DK"], ["bronze", "silver", "gold"], (2000, 2040))
    return {
        "rows": n,
        "baseline_s": base,
        "combine_none_shared_x": clock(lambda: combine_rows(plain)),
        "combine_2pct_shared_x": clock(lambda: combine_rows(shared)),
        "event_count_x": clock(uncached),
        "rows_per_event_x": clock(lambda: rows_per_event(shared)),
        "labels_per_year_before_x": clock(lambda: rows_per_year_before(shared)),
        "labels_per_year_first_x": clock(
            lambda: (event_module._EVENTS.clear(), metrics.labels_per_year(shared, *everyone))
        ),
        "labels_per_year_then_x": clock(lambda: metrics.labels_per_year(shared, *everyone)),
    }


if __name__ == "__main__":
    print_table(row, SIZES)
