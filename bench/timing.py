"""The one way the benchmarks time a piece of work: the median of a few runs, so one slow run does not count."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import pandas as pd


def median_seconds(work: Callable[[], object], repeats: int) -> float:
    """Median wall time of `repeats` runs of `work`."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def print_table(row: Callable[[int], dict[str, object]], default_sizes: tuple[int, ...]) -> None:
    """One row per register size (from the command line, else `default_sizes`), printed as a plain table."""
    sizes = tuple(int(a) for a in sys.argv[1:]) or default_sizes
    table = pd.DataFrame([row(n) for n in sizes])
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
