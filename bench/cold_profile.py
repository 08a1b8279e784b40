"""What the first session of each page spends after a server start: imports, then each page's first run, profiled.

Run: `.venv/bin/python -m bench.cold_profile [--warm]` (a fresh process each time; about 20 s). With `--warm`
the process first runs `src.ui.warm_up.warm_up()` as the launcher does, so the table shows what a first
reader still pays. Pages run in the order the load test rotates them (both languages), through AppTest in
this process, each under cProfile; printed per page: wall time and the heaviest of the app's own steps
(cumulative ms; cProfile slows the runs, so compare rows with each other and with the bare page's run, not with the
load test). Never asserts a time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bench.servers import BARE_PAGE, ROOT

MARKERS = {  # (file fragment, function) → label: the steps a first run can spend its time on
    ("src/facts/data.py", "load_tables"): "load Parquet tables",
    ("src/views/registry.py", "build"): "build chart views (registry.build)",
    ("src/ui/data.py", "view"): "build story views (ui.view)",
    ("src/views/chart_view.py", "spec"): "Altair to_dict + validation (ChartView.spec)",
    ("src/views/chart_view.py", "arrow_datasets"): "Arrow bytes (ChartView.arrow_datasets)",
    ("src/views/chart_view.py", "finish"): "caption the chart (chart_view.finish)",
    ("src/ui/data.py", "_page_params"): "page filters (ui.page_params)",
    ("src/ui/data.py", "overview"): "overview cards (ui.overview)",
    ("src/ui/data.py", "sources_page"): "sources page tables (ui.sources_page)",
    ("src/ui/data.py", "register_view"): "register rows (ui.register_view)",
    ("src/ui/data.py", "_register_index"): "register index",
    ("src/ui/data.py", "radar_tables"): "radar tables (ui.radar_tables)",
    ("src/ui/data.py", "computed_follow_up"): "computed follow-up",
    ("src/ui/data.py", "validity_notes"): "validity notes",
    ("src/ui/data.py", "_filter_notes"): "filter notes",
    ("src/ui/data.py", "changes"): "what changed between releases (ui.changes)",
    ("src/ui/org.py", "profile"): "organisation profile",
    ("src/ui/org.py", "status"): "organisation status",
    ("src/ui/org.py", "search_index"): "organisation search index",
    ("src/views/story/slides.py", "build_slide"): "story slide",
    ("src/views/story/projector.py", "projector_spec"): "projector spec",
    ("src/export/join.py", "qr_svg"): "QR code (segno)",
    ("src/ui/tables.py", "safe_table"): "st.dataframe tables (ui.safe_table)",
    ("streamlit/elements/vega_charts.py", "vega_lite_chart"): "st.vega_lite_chart",
    ("streamlit/elements/arrow.py", "dataframe"): "st.dataframe",
    ("streamlit/navigation/page.py", "run"): "page script (page.run)",
    ("<frozen importlib._bootstrap>", "_find_and_load"): "imports during the run",
}
PAGES = (
    ("overview", {}),
    ("comparison", {}),
    ("follow_up", {}),
    ("levels", {}),
    ("register", {}),
    ("renewal", {}),
    ("organisation", {"org": "gce-node"}),
    ("sources", {}),
    ("story", {}),
)


def _profile_thread(profiles: list[cProfile.Profile]) -> Callable[..., None]:
    """A thread profile hook that hands each new thread over to a cProfile profiler of its own."""

    def start(*_args: object) -> None:
        sys.setprofile(None)
        profile = cProfile.Profile()
        profiles.append(profile)
        profile.enable()

    return start


def _steps(profiles: list[cProfile.Profile]) -> list[tuple[float, str]]:
    if not profiles:
        return []
    stats = pstats.Stats(*profiles)
    found: dict[str, float] = {}
    for (file, _line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for (fragment, function), label in MARKERS.items():
            if name == function and fragment in file:
                found[label] = max(found.get(label, 0.0), cumulative)
    return sorted(((s, label) for label, s in found.items() if s >= 0.005), reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--warm", action="store_true", help="run the launcher's warm-up first")
    parser.add_argument("--top", type=int, default=6, help="steps shown per page")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    import streamlit  # noqa: F401

    t_streamlit = time.perf_counter() - start
    from streamlit.testing.v1 import AppTest

    import src.ui  # noqa: F401

    t_imports = time.perf_counter() - start
    print(f"import streamlit: {t_streamlit * 1000:.0f} ms; + src.ui and its libraries: {t_imports * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as folder:  # AppTest's own cost: a bare page, run twice (the 2nd counts)
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_PAGE, encoding="utf-8")
        for _ in range(2):
            began = time.perf_counter()
            AppTest.from_file(str(bare), default_timeout=60).run()
            floor = time.perf_counter() - began
    if args.warm:  # as the launcher does it: the heap is settled after the warm-up, not by the first run
        from src.ui import runtime, warm_up

        runtime.hold_heap()
        began = time.perf_counter()
        warm_up.warm_up()
        runtime.settle_heap(warm=True)
        print(f"warm-up (src.ui.warm_up.warm_up, then settle_heap): {(time.perf_counter() - began) * 1000:.0f} ms")
    print(f"{'first run of':<22} {'wall ms':>8}  heaviest steps (cumulative ms)")
    print(f"{'a bare page':<22} {floor * 1000:>8.0f}  (AppTest's own cost, for scale)")
    total = 0.0
    for lang in ("nb", "en"):
        for page, params in PAGES:
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
            for name, value in {**params, **({"lang": lang} if lang != "nb" else {})}.items():
                at.query_params[name] = value
            at.switch_page(f"app_pages/{page}.py")
            profiles: list[cProfile.Profile] = []
            threading.setprofile(_profile_thread(profiles))  # AppTest runs the script in a thread of its own
            began = time.perf_counter()
            at.run()
            wall = time.perf_counter() - began
            threading.setprofile(None)  # type: ignore[arg-type]
            total += wall
            assert not at.exception, (page, lang, at.exception)
            steps = "; ".join(f"{label} {s * 1000:.0f}" for s, label in _steps(profiles)[: args.top])
            print(f"{page + ' (' + lang + ')':<22} {wall * 1000:>8.0f}  {steps}")
    print(f"all first runs: {total * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
