"""Export timings: each chart's SVG and PNG and the whole press kit, next to a one-bar baseline from the same run.

Run: `.venv/bin/python -m bench.export_bench`. Prints a table of median warm times (the first
call, which starts vl-convert's JavaScript engine, is reported separately); never asserts a time.
Note that the machine may be shared: compare the ratios to the baseline rather than raw numbers.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import vl_convert as vlc

from src.export import export, press_kit
from src.facts.data import load_tables

REPEATS = 15
KIT_REPEATS = 5
LANG = "nb"
BASELINE_SPEC = {
    "data": {"values": [{"v": 1}]},
    "mark": "bar",
    "encoding": {"x": {"field": "v", "type": "quantitative"}},
}


def warm_ms(action: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float]:
    """Median and fastest wall time of `repeats` warm calls (one unmeasured call first).

    Note that the fastest run is the best guess of an idle machine's time when others share the CPU.
    """
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def once_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def row(name: str, svg: tuple[float, float], png: tuple[float, float], base: tuple[float, float]) -> str:
    """Medians with their ratio to the baseline's median, and the fastest runs."""
    return (
        f"{name:<22} {svg[0]:>8.1f} {svg[0] / base[0]:>6.1f} {svg[1]:>7.1f}"
        f" {png[0]:>8.1f} {png[0] / base[1]:>6.1f} {png[1]:>7.1f}"
    )


def main() -> int:
    tables = load_tables()
    url = export.base_url()
    cold = once_ms(lambda: export.chart_svg(press_kit.default_views(tables, LANG)[0], LANG, url))
    base_svg = warm_ms(lambda: vlc.vegalite_to_svg(BASELINE_SPEC))
    base_png = warm_ms(lambda: vlc.vegalite_to_png(BASELINE_SPEC, scale=export.PNG_SCALE))
    print(f"first call (engine start, fonts): {cold:.0f} ms; median and fastest of {REPEATS} warm calls\n")
    print(f"{'chart':<22} {'SVG ms':>8} {'× base':>6} {'fastest':>7} {'PNG ms':>8} {'× base':>6} {'fastest':>7}")
    print(row("baseline (one bar)", base_svg, base_png, (base_svg[0], base_png[0])))
    for view in press_kit.default_views(tables, LANG):
        svg = warm_ms(lambda v=view: export.chart_svg(v, LANG, url))  # type: ignore[misc]
        png = warm_ms(lambda v=view: export.chart_png(v, LANG, url))  # type: ignore[misc]
        print(row(view.chart_id, svg, png, (base_svg[0], base_png[0])))
    kit, fastest = warm_ms(lambda: press_kit.press_kit_zip(tables, LANG, url), KIT_REPEATS)
    print(f"\npress kit (ZIP, {LANG}): median {kit:.0f} ms, fastest {fastest:.0f} ms of {KIT_REPEATS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
