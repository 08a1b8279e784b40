"""Filter changes on the register and renewal pages with synthetic registers of 1k, 100k and 1M events.

Run: `.venv/bin/python -m bench.scale_pages [sizes…]`. For each size a data folder is written to a
temporary directory, and the pages run through AppTest with `KLYNGEKVALITET_DATA_DIR` pointing at it.
Reported per page: the first run (reads the data, builds indexes and the follow-up), a filter change
seen for the first time, and the median of filter changes once their results are cached; the bare
one-line page is the yardstick. No assertions.
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from src.facts.paths import DATA_DIR_ENV
from src.facts.synthetic import write_data_folder

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 100_000, 1_000_000)
CYCLES = 5
TIMEOUT_S = 300
Change = Callable[[AppTest], object]

REGISTER_CHANGES: list[Change] = [
    lambda at: at.button_group(key="reg_countries").set_value(["NO"]),
    lambda at: at.button_group(key="reg_countries").set_value(["NO", "DK"]),
    lambda at: at.button_group(key="reg_levels").set_value(["gold"]),
    lambda at: at.button_group(key="reg_levels").set_value(["bronze", "silver", "gold"]),
]
RENEWAL_CHANGES: list[Change] = [
    lambda at: at.slider(key="radar_months").set_value(3),
    lambda at: at.date_input(key="radar_on").set_value(date(2018, 6, 1)),
    lambda at: at.slider(key="radar_months").set_value(12),
    lambda at: at.date_input(key="radar_on").set_value(date(2022, 1, 1)),
]


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def measure(page: str, changes: list[Change]) -> tuple[float, float, float]:
    """(first run ms, median first-seen filter change ms, median cached filter change ms)."""
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT_S)
    at.switch_page(f"app_pages/{page}.py")
    first = _timed(at.run)
    fresh = [_timed(lambda c=change: c(at).run()) for change in changes]  # type: ignore[misc]
    cached = [_timed(lambda c=change: c(at).run()) for change in itertools.chain(*[changes] * CYCLES)]  # type: ignore[misc]
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception[0].value}")
    return first, statistics.median(fresh), statistics.median(cached)


def bare_ms() -> float:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "bare.py"
        script.write_text('import streamlit as st\nst.write("hello")\n', encoding="utf-8")
        at = AppTest.from_file(str(script), default_timeout=60)
        at.run()
        return statistics.median(_timed(at.run) for _ in range(15))


def main() -> int:
    sizes = tuple(int(a) for a in sys.argv[1:]) or SIZES
    print(f"bare page rerun: {bare_ms():.1f} ms")
    print(f"{'events':>10} {'page':<9} {'first run ms':>13} {'new filter ms':>14} {'cached filter ms':>17}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            os.environ[DATA_DIR_ENV] = str(write_data_folder(Path(folder) / "data", size))
            for page, changes in (("register", REGISTER_CHANGES), ("renewal", RENEWAL_CHANGES)):
                first, fresh, cached = measure(page, changes)
                print(f"{size:>10,} {page:<9} {first:>13.0f} {fresh:>14.1f} {cached:>17.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
