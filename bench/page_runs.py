"""Server-side run time of every page through AppTest, as a ratio to a bare one-line page in the same run.

Run: `make bench` (or `.venv/bin/python -m bench.page_runs`). Prints a table; never asserts a time.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["overview", "comparison", "follow_up", "levels", "register", "renewal", "sources"]
REPEATS = 15


def _median_run_ms(make: object) -> float:
    """Median wall time of a warm rerun (the first run fills caches and is not counted)."""
    at = make()  # type: ignore[operator]
    at.run()
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text('import streamlit as st\nst.write("hello")\n', encoding="utf-8")
        baseline = _median_run_ms(lambda: AppTest.from_file(str(bare), default_timeout=60))

    def page_app(name: str) -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.switch_page(f"app_pages/{name}.py")
        return at

    print(f"{'page':<12} {'median ms':>10} {'× bare':>8}")
    print(f"{'bare':<12} {baseline:>10.1f} {1.0:>8.1f}")
    for name in PAGES:
        ms = _median_run_ms(lambda n=name: page_app(n))
        print(f"{name:<12} {ms:>10.1f} {ms / baseline:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
