"""Time the recomputed follow-up and the expiry radar on synthetic registers of 1k, 100k and 1M events.

The radar is timed both ways: computed from the records in one go (`radar`), and as the app does
it, from an index sorted once (`build_index`) and then masked for the chosen day (`board`).

Run with `python -m bench.register_bench` (or `python bench/register_bench.py`). Prints medians and,
as a yardstick measured in the same run on the same frame, a plain pandas groupby (first date per
organisation). No assertions: this is for reading, not for CI.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd

from bench.timing import median_seconds, print_table
from src.facts.synthetic import synthetic_events
from src.metrics.follow_up import follow_up_from_records
from src.metrics.radar import board, build_index, must_renew, radar

SIZES = (1_000, 100_000, 1_000_000)
REPEATS = {1_000: 7, 100_000: 3, 1_000_000: 3}
AS_OF = date(2025, 1, 1)


def baseline(events: pd.DataFrame) -> pd.Series:
    """The cheapest honest comparison: earliest date per organisation with one groupby."""
    return events.groupby("org_id")["date"].min()


def row(n: int) -> dict[str, object]:
    events = synthetic_events(n, seed=42)
    repeats = REPEATS.get(n, 3)
    index = build_index(events)  # what the app builds once per data set; a new day then only masks it
    return {
        "events": f"{n:,}",
        "orgs": f"{events['org_id'].nunique():,}",
        "baseline groupby (s)": median_seconds(lambda: baseline(events), repeats),
        "follow_up (s)": median_seconds(lambda: follow_up_from_records(events, as_of=AS_OF), repeats),
        "radar (s)": median_seconds(lambda: radar(events, AS_OF), repeats),
        "must_renew (s)": median_seconds(lambda: must_renew(events, AS_OF), repeats),
        "radar index (s)": median_seconds(lambda: build_index(events), repeats),
        "radar per day (s)": median_seconds(lambda: board(index, AS_OF), repeats),
    }


def main() -> None:
    print_table(row, SIZES)


if __name__ == "__main__":
    main()
