"""Time `build_organisations` (group-bys) against the loop per organisation it replaced, on synthetic registers.

Run with `python -m bench.build_bench [N ...]` (default 10k and 100k events). The loop version is the
reference kept in tests/test_build.py; both get the same frame. Prints medians; no assertions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd

from bench.timing import median_seconds, print_table
from src.facts.build import build_organisations
from src.facts.synthetic import synthetic_events
from tests.test_build import _organisations_by_loop

SIZES = (10_000, 100_000)
NO_ALIASES = pd.DataFrame({"org_id": [], "canonical_name": [], "alias": [], "basis": []}, dtype=str)


def row(n: int) -> dict[str, object]:
    """One line of the table: sizes, both timings and the ratio (the loop is run once above 10k events)."""
    events = synthetic_events(n, seed=42)
    loop = median_seconds(lambda: _organisations_by_loop(events, NO_ALIASES), 3 if n <= 10_000 else 1)
    grouped = median_seconds(lambda: build_organisations(events, NO_ALIASES), 5)
    return {
        "events": f"{n:,}",
        "orgs": f"{events['org_id'].nunique():,}",
        "loop (s)": loop,
        "grouped (s)": grouped,
        "speed-up": f"{loop / grouped:.0f}×",
    }


def main() -> None:
    print_table(row, SIZES)


if __name__ == "__main__":
    main()
