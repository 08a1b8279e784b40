"""How long one full garbage collection stalls the app's server process, before and after `ui.settle_heap`.

Run: `.venv/bin/python -m bench.gc_pauses [repeats]`. In a fresh process, import what `app.py` imports,
load the shipped data and build every chart view in both languages (what a warm server holds), then
time `gc.collect()` (a full collection, which Python also runs by itself every few hundred
allocations' worth of new sessions) before and after `ui.settle_heap()` freezes those objects.
The baseline is the same process before freezing. No assertions.

Why it matters: the server runs Python's collector on its one thread; while it scans, no reader's
page is served. Measured with a probe in a live server, a full collection ran on nearly every new
session and took 110–200 ms (bench/RESULTS.md).
"""

from __future__ import annotations

import gc
import statistics
import sys
import time

REPEATS = 7


def collect_ms(repeats: int) -> list[float]:
    """Milliseconds per full collection, `repeats` times."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        gc.collect()
        times.append((time.perf_counter() - start) * 1000)
    return times


def warm_process() -> None:
    """Load what a server holds after its first readers: modules, data, every chart view in both languages."""
    from datetime import date

    from src.facts.data import load_tables
    from src.views import registry

    tables = load_tables()
    for chart in registry.CHARTS:
        for lang in ("nb", "en"):
            registry.build(chart.chart_id, tables, dict(chart.example), lang, date.today())


def main() -> int:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else REPEATS
    warm_process()
    from src import ui

    tracked = len(gc.get_objects())
    before = collect_ms(repeats)
    ui.settle_heap()
    after = collect_ms(repeats)
    print(f"{tracked} objects tracked by the collector in a warm process; {gc.get_freeze_count()} frozen")
    print(f"{'full collection':<22} {'median ms':>9} {'min ms':>7} {'× before':>9}")
    base = statistics.median(before)
    for name, values in (("before settle_heap", before), ("after settle_heap", after)):
        mid = statistics.median(values)
        print(f"{name:<22} {mid:>9.2f} {min(values):>7.2f} {mid / base:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
