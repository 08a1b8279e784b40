"""Count axes show whole numbers, each once: in the drawn chart, as the exported image and the static edition draw it.

Vega picks ticks at 0.5 steps on a short axis ("0, 0,5, 1"), and the integer format then prints
"0, 1, 1". Each count chart is drawn here by vl-convert at a small and a large count, and the
tick labels it prints are read back from the SVG.
"""

from __future__ import annotations

import re
from typing import Any

import altair as alt
import pandas as pd
import pytest
import vl_convert as vlc

from src.export import export
from src.facts import europe
from src.facts.data import Tables
from src.views import chart_views as views
from src.views import charts, org_charts
from src.views.charts import ChartText

from .test_chart_text_contrast import chart_specs

LABEL_GROUP = re.compile(r'<g class="mark-text role-axis-label"[^>]*>(.*?)</g>', re.S)
SHOWN_TEXT = re.compile(r"<text\b(?![^>]*opacity=\"0\")[^>]*>([^<]*)</text>")
TEXT = ChartText("Title", "Takeaway.", "Source line.", "Description.")
WIDTHS = (390, 800)


def tick_labels(svg: str) -> list[list[str]]:
    """The labels each axis shows (hidden overlapping labels left out), axis by axis."""
    return [SHOWN_TEXT.findall(group) for group in LABEL_GROUP.findall(svg)]


def numeric_axes(axes: list[list[str]]) -> list[list[str]]:
    """The axes whose labels are all numbers and not years: the count axes."""
    numeric = [labels for labels in axes if labels and all(re.fullmatch(r"[0-9\u00a0,.]+", lb) for lb in labels)]
    return [labels for labels in numeric if not any(len(lb) == 4 and lb.startswith("20") for lb in labels)]


def draw(chart: alt.LayerChart, width: int) -> str:
    export.warm_up()
    spec = charts.captioned(chart, TEXT, "nb").to_dict()
    return str(vlc.vegalite_to_svg({**spec, "width": width}))


def assert_whole_and_distinct(labels: list[str], top: float) -> None:
    assert len(labels) >= 2, labels
    numbers = [int(label.replace("\u00a0", "").replace(",", "")) for label in labels]  # raises on "0,5"
    assert len(set(labels)) == len(labels), f"repeated tick labels: {labels}"
    assert numbers == sorted(numbers) and numbers[0] >= 0 and numbers[-1] <= top, labels


def level_frame(counts: dict[tuple[str, str], int]) -> pd.DataFrame:
    rows = [{"country": c, "level": lv, "count": n} for (c, lv), n in counts.items()]
    frame = pd.DataFrame(rows)
    return frame.assign(
        country_label=frame["country"],
        level_label=frame["level"],
        value_label=frame["count"].astype(str),
        bar_text=frame["level"] + ": " + frame["count"].astype(str),
    )


def funnel(total: int) -> alt.LayerChart:
    frame = pd.DataFrame({"stage": list(charts.STAGE_COLORS), "count": [total, total // 2, total - total // 2]})
    frame = frame.assign(stage_label=frame["stage"], count_label=frame["count"].astype(str))
    return charts.horizontal_bars(
        frame,
        value="count",
        label="stage_label",
        text="count_label",
        color="stage",
        colors=charts.STAGE_COLORS,
        axis_title="n",
        counts=True,
    )


def per_year(per_country: int) -> alt.LayerChart:
    frame = pd.DataFrame(
        [{"year": y, "country": c, "country_label": c, "labels": per_country} for y in (2013, 2014) for c in ("NO",)]
    )
    return charts.stacked_year_bars(frame, axis_title="n", legend_title="land")


CASES: dict[str, tuple[Any, int]] = {
    "follow_up-1": (lambda: funnel(1), 1),
    "follow_up-55": (lambda: funnel(55), 55),
    "grouped-0": (
        lambda: charts.grouped_level_bars(level_frame({("NO", "silver"): 0}), value="count", axis_title="n"),
        0,
    ),
    "grouped-1": (
        lambda: charts.grouped_level_bars(level_frame({("NO", "gold"): 1}), value="count", axis_title="n"),
        1,
    ),
    "grouped-3": (
        lambda: charts.grouped_level_bars(
            level_frame({("NO", "gold"): 3, ("DK", "gold"): 2}), value="count", axis_title="n"
        ),
        3,
    ),
    "grouped-1234": (
        lambda: charts.grouped_level_bars(level_frame({("NO", "gold"): 1234}), value="count", axis_title="n"),
        1234,
    ),
    "per_year-1": (lambda: per_year(1), 1),
    "per_year-2": (lambda: per_year(2), 2),
    "per_year-87": (lambda: per_year(87), 87),
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("case", list(CASES))
def test_count_axis_ticks_are_distinct_whole_numbers(case: str, width: int) -> None:
    build, count = CASES[case]
    axes = tick_labels(draw(build(), width))
    count_axes = numeric_axes(axes)
    assert count_axes, f"no count axis found in {axes}"
    for labels in count_axes:
        assert_whole_and_distinct(labels, top=max(count, 1) * 2)


@pytest.mark.parametrize("years", [(2013, 2013), (2013, 2014), (2010, 2024)])
def test_score_timeline_years_are_each_printed_once(years: tuple[int, int]) -> None:
    frame = pd.DataFrame(
        {"organisation": ["A", "B"], "year": list(years), "score_pct": [80.0, 82.0], "score_label": ["80", "82"]}
    )
    for width in WIDTHS:
        (labels, *_rest) = [
            a for a in tick_labels(draw(charts.score_timeline(frame, years=years), width)) if a[0].isdigit()
        ]
        assert len(set(labels)) == len(labels), f"repeated years: {labels}"
        assert [int(y) for y in labels] == sorted(int(y) for y in labels)
        assert years[0] <= int(labels[0]) and int(labels[-1]) <= years[1], labels


@pytest.mark.parametrize("scale", [1, 0.003])
def test_europe_log_axis_prints_only_counts_inside_its_range(tables: Tables, scale: float) -> None:
    """The log axis lists its ticks (3, 10, 30 …): only those the plot reaches may be printed."""
    frame = europe.europe_counts(tables.context_facts, tables.figures, "nb")
    frame = frame.assign(count=(frame["count"] * scale).clip(lower=3).round())
    chart = org_charts.europe(frame, axis_title="n", legend="s")
    for width in WIDTHS:
        (labels,) = [a for a in tick_labels(draw(chart, width)) if a and not a[0].startswith("20")]
        assert_whole_and_distinct(labels, top=float(frame["count"].max()) * 2.5)


def test_issue_18_exported_valid_silver_labels_for_norway(tables: Tables) -> None:
    """The reported case: 'Gyldige sølvmerker' for Norway only (0 labels) printed '0, 1, 1' in the PNG/SVG."""
    view = views.valid_counts_view(tables, ("NO",), ("silver",), "nb")
    assert view is not None
    (count_axis,) = numeric_axes(tick_labels(export.chart_svg(view, "nb", "http://example.org")))
    assert_whole_and_distinct(count_axis, top=1)


def test_every_registered_chart_exports_distinct_tick_labels(tables: Tables) -> None:
    """Each chart as its page shows it by default, as the PNG/SVG download draws it: no axis repeats a label."""
    for chart_id, spec in chart_specs(tables):
        if not chart_id.endswith("-nb"):
            continue
        svg = str(vlc.vegalite_to_svg({**spec, "width": export.EXPORT_WIDTH}))
        for labels in tick_labels(svg):
            assert len(set(labels)) == len(labels), f"{chart_id}: repeated tick labels {labels}"
