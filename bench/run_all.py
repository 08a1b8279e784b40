"""`make bench`: run every benchmark, print its table and write bench/RESULTS.md with the machine and the goals.

Each benchmark runs in its own process (so one's caches and engines cannot flatter another) and
reports ratios against a baseline measured in the same run. Nothing here asserts a time.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime

from bench.servers import ROOT, machine

BENCHMARKS: list[tuple[str, str, str] | tuple[str, str, str, list[str]]] = [
    ("bench.page_runs", "Server script run per page (AppTest, warm rerun) vs a bare page",
     "goal: ≤ 25 ms median per interaction on the shipped data"),
    ("bench.scale_pages", "Filter changes on the register and renewal pages with 1k/100k/1M synthetic events",
     "goal: ≤ 60 ms median per filter change at 1M events once cached"),
    ("bench.org_page", "Opening organisation pages and searching names at a 1M-event synthetic register",
     "goal: ≤ 60 ms median to open an organisation page once cached; search answers as you type"),
    ("bench.gc_pauses", "One full garbage collection in a warm server process, before and after ui.settle_heap",
     "goal: no collection pause on the path of a new session (report ms per full collection)"),
    ("bench.first_chart", "Navigation to first chart drawn, real Chromium, vs bare pages in the same rounds",
     "goal: ≤ 1.10× the bare one-chart page"),
    ("bench.export_bench", "Export: SVG, PNG per chart and the press kit, vs a one-bar chart",
     "goals: PNG ≤ 100 ms per chart once warm; press kit ≤ 3 s"),
    ("bench.memory", "Server memory with 1, 10 and 50 sessions open", "goal: ≤ 2 MB per extra session"),
    ("bench.memory", "Server memory with 1, 10 and 50 sessions open on a 1M-event register",
     "goal: ≤ 2 MB per extra session", ["1000000"]),
    ("bench.register_bench", "Follow-up and expiry radar on synthetic registers (1k/100k/1M events)",
     "goal: ≤ 60 ms median per filter change at 1M events once cached"),
    ("bench.load_test", "100 sessions opening the app within 10 s on 127.0.0.1",
     "goals: 0 errors; report median/p95 time to a complete page, peak memory and CPU"),
    ("bench.cold_profile", "What the first run of each page spends on a fresh process, without the warm-up",
     "goal: report the heaviest steps (cProfile, cumulative)"),
    ("bench.cold_profile", "What the first run of each page still spends after the launcher's warm-up",
     "goal: nothing of the app's own left to build", ["--warm"]),
    ("bench.load_test", "Cold start: the first 100 sessions within 10 s on a fresh server, beside a bare page",
     "goals: first burst median ≤ 0.5 s, p95 ≤ 1 s, 0 errors; second burst p95 ≤ 100 ms", ["--cold", "3"]),
    ("bench.static_burst", "Readers at once: the static edition through nginx beside the Streamlit floor and the app",
     "goals: build both languages < 60 s; p95 < 200 ms for 1000 readers in 10 s; 0 errors"),
    ("bench.static_paint", "First paint in Chromium: static page vs the app's same page",
     "goal: report the ratio (app ÷ static)"),
]  # fmt: skip
RESULTS = ROOT / "bench" / "RESULTS.md"
TIMEOUT_S = 900


def run(module: str, args: list[str]) -> tuple[str, float]:
    """The benchmark's printed table (or why it did not run) and its wall time in seconds."""
    if not (ROOT / (module.replace(".", "/") + ".py")).exists():
        return "(not present in this checkout)", 0.0
    start = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=TIMEOUT_S, check=False)  # fmt: skip
    except subprocess.TimeoutExpired:
        return f"(stopped after {TIMEOUT_S} s)", float(TIMEOUT_S)
    output = done.stdout.strip() if done.returncode == 0 else f"(failed)\n{done.stdout}\n{done.stderr[-2000:]}"
    return output, time.monotonic() - start


def main() -> int:
    sections = [f"# Benchmark results\n\nRun {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}.\n"]
    for module, title, goal, *rest in BENCHMARKS:
        args = rest[0] if rest else []
        print(f"== {title}", flush=True)
        output, seconds = run(module, args)
        print(output, flush=True)
        command = " ".join(["python -m", module, *args])
        sections.append(f"## {title}\n\n{goal}. (`{command}`, {seconds:.0f} s)\n\n```\n{output}\n```\n")
    RESULTS.write_text("\n".join(sections), encoding="utf-8")
    print(f"written: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
