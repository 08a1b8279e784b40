"""Opening an organisation page, and searching organisations, at a synthetic register of 1M events (default).

Run: `.venv/bin/python -m bench.org_page [events]`. A data folder is written to a temporary directory and
the page runs through AppTest with `KLYNGEKVALITET_DATA_DIR` pointing at it. Reported, each as a median
and as a ratio to a bare one-line page rerun in the same run:
- the first open (reads the data, builds the organisation and search indexes: once per process);
- opening organisations never opened before (their charts are built: once per organisation and day);
- opening them again, once cached (the goal: ≤ 60 ms median);
- a search as the reader types ("s", "sy", … "synthetic cluster 0001"), straight on the index.
No assertions.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from bench.scale_pages import bare_ms
from src.facts.data import load_tables
from src.facts.paths import DATA_DIR_ENV
from src.facts.synthetic import write_data_folder
from src.metrics import org_search

ROOT = Path(__file__).resolve().parent.parent
EVENTS = 1_000_000
ORGS = 12  # organisations opened, each new then again
CYCLES = 3
TIMEOUT_S = 600
TYPED = "synthetic cluster 0001"


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def open_pages(org_ids: list[str]) -> tuple[float, list[float], list[float]]:
    """(first open ms, ms per never-opened organisation, ms per reopened organisation)."""
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT_S)
    at.switch_page("app_pages/organisation.py")

    def visit(org_id: str) -> Callable[[], object]:
        def run() -> object:
            at.query_params["org"] = org_id
            return at.run()

        return run

    first = _timed(visit(org_ids[0]))
    fresh = [_timed(visit(o)) for o in org_ids[1:]]
    cached = [_timed(visit(o)) for _ in range(CYCLES) for o in org_ids[1:]]
    if at.exception:
        raise RuntimeError(at.exception[0].value)
    if not at.title or "Synthetic cluster" not in at.title[0].value:
        raise RuntimeError("the organisation page did not open")
    return first, fresh, cached


def search_ms(folder: Path) -> tuple[float, float, int]:
    """(index build ms, median ms per keystroke typing `TYPED`, organisations indexed)."""
    organisations = load_tables(folder).organisations
    start = time.perf_counter()
    index = org_search.build_index(organisations)
    built = (time.perf_counter() - start) * 1000
    typed = [_timed(lambda q=TYPED[:i]: org_search.search(index, q)) for i in range(1, len(TYPED) + 1)]  # type: ignore[misc]
    return built, statistics.median(typed), len(index)


def main() -> int:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else EVENTS
    bare = bare_ms()
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_data_folder(Path(tmp) / "data", events)
        os.environ[DATA_DIR_ENV] = str(folder)
        ids = list(load_tables(folder).organisations["org_id"].sample(ORGS, random_state=1))
        first, fresh, cached = open_pages(ids)
        built, typed, orgs = search_ms(folder)
    rows = [
        ("bare page rerun (baseline)", bare),
        ("first open (reads data, builds indexes)", first),
        (f"open a new organisation (median of {len(fresh)})", statistics.median(fresh)),
        (f"reopen, cached (median of {len(cached)})", statistics.median(cached)),
        (f"search index build ({orgs:,} organisations)", built),
        (f"search per keystroke (median of {len(TYPED)})", typed),
    ]
    print(f"synthetic register: {events:,} events")
    print(f"{'measure':<48} {'ms':>10} {'× bare':>8}")
    for name, ms in rows:
        print(f"{name:<48} {ms:>10.1f} {ms / bare:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
