"""Pure Altair builders for one organisation's charts and for the Europe-wide label counts.

Like `src.views.charts`, a tidy frame goes in and an uncaptioned layer chart comes out; `src.views.chart_view.finish`
adds the title, takeaway, source line and text alternative.
"""

from __future__ import annotations

from typing import cast

import altair as alt
import pandas as pd

from src.facts.validity import INFERRED
from src.views.charts import LEVEL_COLORS, SOURCE_COLOR, _padded_days

ON_DAY_COLOR = "#1F2328"
EUROPE_COLORS = {"benchmarked": "#6B6B6B", **LEVEL_COLORS, "norway_gold": "#0072B2"}
EUROPE_SHAPES = {"benchmarked": "square", "bronze": "triangle-up", "silver": "diamond", "gold": "circle",
                 "norway_gold": "cross"}  # fmt: skip


def _tooltips(*shorthands: str) -> list[alt.Tooltip]:
    """Tooltip channels as objects: Altair turns a shorthand string into one through `from_dict`, which hashes
    every schema class it knows on each call (about 13 ms); the object gives the same spec without that."""
    return [alt.Tooltip(shorthand) for shorthand in shorthands]


def timeline(frame: pd.DataFrame, *, on: str, levels: list[str], legend: str) -> alt.LayerChart:
    """A row per level, a bar per label from award to expiry, a dot at the award, a rule at the chosen day.

    An estimated expiry gets a pale bar with a dashed edge; a register entry that gives only an
    expiry is a diamond at that day. Expects columns start, end (ISO days or missing), level,
    level_label, event_label, date_label, expiry_label, on_day and `valid_until_inferred`.
    """
    labels = dict(zip(frame["level"], frame["level_label"], strict=False))
    order = [labels[lv] for lv in levels]
    scale = alt.Scale(domain=order, range=[LEVEL_COLORS[lv] for lv in levels])
    days = [d for d in [*frame["start"], *frame["end"], on] if isinstance(d, str)]
    x_scale = _padded_days(days)
    tooltip = _tooltips("level_label:N", "event_label:N", "date_label:N", "expiry_label:N", "on_day:N")
    base = alt.Chart(frame).encode(
        y=alt.Y("level_label:N", sort=order, title=None), color=alt.Color("level_label:N", scale=scale, title=legend)
    )
    estimated = [False, True]  # plain scales, not conditions: Altair builds them several times faster
    spans = base.mark_bar(height=14, cornerRadius=2, strokeWidth=1.5).encode(
        x=alt.X("start:T", title=None, scale=x_scale, axis=alt.Axis(tickCount=5)),
        x2=alt.X2("end:T"),
        opacity=alt.Opacity(f"{INFERRED}:N", scale=alt.Scale(domain=estimated, range=[0.85, 0.35]), legend=None),
        strokeDash=alt.StrokeDash(
            f"{INFERRED}:N", scale=alt.Scale(domain=estimated, range=[[1, 0], [4, 3]]), legend=None
        ),
        stroke=alt.Stroke("level_label:N", scale=scale, legend=None),
        tooltip=tooltip,
    )
    starts = base.mark_circle(size=90, opacity=1, stroke="white", strokeWidth=1).encode(
        x=alt.X("start:T"), tooltip=tooltip
    )
    only_expiry = (
        base.transform_filter("!isValid(datum.start) && isValid(datum.end)")
        .mark_point(shape="diamond", size=110, filled=True, opacity=1)
        .encode(x=alt.X("end:T"), tooltip=tooltip)
    )
    day = alt.Chart(pd.DataFrame({"on": [on]})).mark_rule(color=ON_DAY_COLOR, strokeWidth=2).encode(x=alt.X("on:T"))
    height = 44 * max(len(levels), 1) + 30
    return cast(alt.LayerChart, alt.layer(spans, starts, only_expiry, day).properties(height=height))


def scores(frame: pd.DataFrame, *, threshold: float, axis_title: str) -> alt.LayerChart:
    """Published scores as labelled dots over time, with the gold threshold as a dashed rule.

    Expects columns day (ISO), score, score_label, date_label, level_label.
    """
    low = min(threshold, float(frame["score"].min())) - 5
    years = pd.to_datetime(frame["day"]).dt.year
    span = alt.Scale(
        domain=[alt.DateTime(year=int(years.min()) - 1), alt.DateTime(year=int(years.max()) + 1, month=12)]
    )
    base = alt.Chart(frame).encode(
        x=alt.X("day:T", title=None, scale=span, axis=alt.Axis(format="%Y", tickCount="year", labelAngle=-45)),
        y=alt.Y("score:Q", title=axis_title, scale=alt.Scale(domain=[low, 100], zero=False)),
        tooltip=[*_tooltips("date_label:N", "level_label:N"), alt.Tooltip("score_label:N", title=axis_title)],
    )
    line = base.mark_line(color="#BBBBBB")
    dots = base.mark_circle(size=160, color=LEVEL_COLORS["gold"], opacity=1)
    label = alt.Text("score_label:N")
    text = base.mark_text(dy=-14, fontSize=12, fontWeight="bold", color="#1A1A1A").encode(text=label)
    rule = (
        alt.Chart(pd.DataFrame({"threshold": [threshold]}))
        .mark_rule(color=SOURCE_COLOR, strokeDash=[5, 4])
        .encode(y=alt.Y("threshold:Q", scale=alt.Scale(domain=[low, 100], zero=False)))
    )
    return cast(alt.LayerChart, alt.layer(rule, line, dots, text).properties(height=240))


def europe(frame: pd.DataFrame, *, axis_title: str, legend: str) -> alt.LayerChart:
    """Counts at their as-of dates on a logarithmic axis (tens of gold labels beside a thousand benchmarked),
    a symbol and colour per series, each point labelled with its number as the source words it ("> 1000").

    Expects columns day (ISO), count, series, series_label, count_label, point_label, side (left|right),
    date_label, source. Note that a label to the right of its point sits below it and one to the left above
    it: neighbours in time then never share a line (tests/test_europe_chart.py draws it at 340 to 1100 px).
    """
    present = [s for s in EUROPE_COLORS if s in set(frame["series"])]
    labels = dict(zip(frame["series"], frame["series_label"], strict=False))
    domain = [labels[s] for s in present]
    color = alt.Color(
        "series_label:N",
        scale=alt.Scale(domain=domain, range=[EUROPE_COLORS[s] for s in present]),
        legend=alt.Legend(title=legend, columns=2, labelLimit=170),
    )
    shape = alt.Shape("series_label:N", scale=alt.Scale(domain=domain, range=[EUROPE_SHAPES[s] for s in present]))
    top = float(frame["count"].max()) * 2.5
    base = alt.Chart(frame).encode(
        x=alt.X("day:T", title=None, scale=_padded_days(list(frame["day"])), axis=alt.Axis(tickCount=5)),
        y=alt.Y(
            "count:Q",
            title=axis_title,
            scale=alt.Scale(type="log", domain=[2, top], nice=False),
            axis=alt.Axis(values=[3, 10, 30, 100, 300, 1000], format=","),
        ),
        tooltip=["series_label:N", "count_label:N", "date_label:N", "source:N"],
    )
    points = base.mark_point(size=110, filled=True, opacity=1).encode(color=color, shape=shape)
    right = base.transform_filter("datum.side === 'right'").mark_text(align="left", dx=7, dy=11, fontSize=11)
    left = base.transform_filter("datum.side === 'left'").mark_text(align="right", dx=-7, dy=-9, fontSize=11)
    texts = [layer.encode(text="point_label:N", color=alt.value("#1A1A1A")) for layer in (right, left)]
    return cast(alt.LayerChart, alt.layer(points, *texts).properties(height=320))
