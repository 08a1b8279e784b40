"""Pure Altair chart builders: a tidy frame and its text in, a captioned `alt.Chart` out.

Each spec carries its title, takeaway, source line (with n and as-of date) and a
`description` (the text alternative), so the chart on screen and any export of it say the
same thing. Nothing here reads files or knows about Streamlit.
"""

from __future__ import annotations

import itertools
import math
import textwrap
from dataclasses import dataclass
from typing import Any, cast

import altair as alt
import pandas as pd

from src.text import chart_locale

COUNTRY_COLORS = {"NO": "#0072B2", "DK": "#D55E00"}  # Okabe–Ito blue / vermillion
LEVEL_COLORS = {"bronze": "#8C5A2B", "silver": "#8E9AA6", "gold": "#E69F00"}
STAGE_COLORS = {"first_benchmarking": "#6B6B6B", "renewed_or_upgraded": "#0072B2", "lapsed": "#D55E00"}
TITLE_WRAP = 38  # characters per title line: fits a 390 px phone
SUBTITLE_WRAP = 50
SOURCE_COLOR = "#4A4A4A"  # 9:1 on white
TEXT_COLOR = "#1F2328"  # the theme's text colour, 15.8:1 on white
AXIS_TEXT_COLOR = SOURCE_COLOR  # Streamlit's chart theme would draw axes and legends in #808495 (3.72:1)
INK_ON_FILL = ("#FFFFFF", "#000000")  # text drawn on a bar: whichever of these contrasts more with the bar
BAR_HEIGHT = 34
LABEL_FONT_SIZE = 13
# Fit the width to the container but keep the declared plot height; Streamlit's default ("fit")
# squeezes title and plot into `height`, which flattens bars under a multi-line caption.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
COUNT_TICKS = 5  # at most this many ticks on a count axis: room for "1 000" at 390 px
LABEL_ROOM = 1.3  # the axis runs 30 % past the longest bar, so its label fits at 390 px
TOTAL_ROOM = 1.15  # a column chart's axis runs 15 % above the highest column, room for the total printed on it


@dataclass(frozen=True)
class ChartText:
    """What a chart says in words: shown in the chart, read by screen readers, carried into exports."""

    title: str
    subtitle: str
    source_line: str
    description: str


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters (Vega titles do not wrap by themselves)."""
    return textwrap.wrap(text, width=width, break_long_words=True) or [""]


def captioned(chart: alt.LayerChart, text: ChartText, lang: str) -> alt.LayerChart:
    """Title, takeaway, source line, text alternative and number locale, applied to one chart."""
    title = alt.Title(
        text=wrap(text.title, TITLE_WRAP),
        subtitle=wrap(text.subtitle, SUBTITLE_WRAP) + wrap(text.source_line, SUBTITLE_WRAP),
        anchor="start",
        fontSize=16,
        subtitleFontSize=12,
        color=TEXT_COLOR,
        subtitleColor=SOURCE_COLOR,
        subtitlePadding=6,
        offset=12,
    )
    locale = alt.Locale(
        number=alt.NumberLocale(**chart_locale.number_locale(lang)),
        time=alt.TimeLocale(**chart_locale.time_locale(lang)),
    )
    # One `configure` with every part: each call copies the whole layered chart (the slow part of captioning).
    return chart.properties(title=title, description=text.description, width="container", autosize=FIT_WIDTH).configure(
        locale=locale,
        font="sans-serif",
        title=alt.TitleConfig(color=TEXT_COLOR, subtitleColor=SOURCE_COLOR),
        axis=alt.AxisConfig(
            labelFontSize=12, titleFontSize=12, labelLimit=180, labelColor=AXIS_TEXT_COLOR, titleColor=AXIS_TEXT_COLOR
        ),
        legend=alt.LegendConfig(
            orient="bottom", labelFontSize=12, titleFontSize=12, labelColor=AXIS_TEXT_COLOR, titleColor=AXIS_TEXT_COLOR
        ),
        text=alt.MarkConfig(color=TEXT_COLOR),
        view=alt.ViewConfig(stroke=None),
    )


def ink_on(fill: str) -> str:
    """The text colour for a label drawn on `fill`: white or black, whichever has the higher WCAG contrast."""
    return max(INK_ON_FILL, key=lambda ink: _contrast(ink, fill))


def _contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #RRGGBB colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _scale(colors: dict[str, str]) -> alt.Scale:
    return alt.Scale(domain=list(colors), range=list(colors.values()))


def whole_ticks(top: float, most: int = COUNT_TICKS) -> list[int]:
    """Tick values 0, step, 2·step … ≤ `top`, the step a whole 1, 2 or 5 × 10ⁿ, at most `most` ticks (at least 0 and 1).

    Note that Vega's own `tickMinStep: 1` still picks 0.5 steps on an axis shorter than 2 (its
    tick count becomes ⌊span⌋ + 1 = 2, and d3 then halves the step), which the integer format
    prints as "0, 1, 1"; values given outright are the same on screen, in the image and in the
    static edition.
    """
    high = max(math.floor(top + 1e-9), 1)
    steps = (base * 10**power for power in itertools.count() for base in (1, 2, 5))
    step = next(step for step in steps if high // step + 1 <= most)
    return list(range(0, high + 1, step))


def count_axis(top: float, **kwargs: Any) -> alt.Axis:
    """An axis of whole counts up to `top`, each printed once ("0, 1", never "0, 1, 1")."""
    return alt.Axis(values=whole_ticks(top), format="d", **kwargs)


def _label_room(values: pd.Series) -> float:
    """The end of a zero-based axis with room right of the longest bar for its printed label ("Bronse: 19")."""
    return max(float(values.max()), 1.0) * LABEL_ROOM  # all zeros still get an axis from 0 to 1, not a lone "0"


def horizontal_bars(
    frame: pd.DataFrame,
    *,
    value: str,
    label: str,
    text: str,
    color: str,
    colors: dict[str, str],
    axis_title: str,
    domain: tuple[float, float] | None = None,
    counts: bool = False,
) -> alt.LayerChart:
    """One bar per row, category on the y axis, value printed at the bar's end."""
    top = _label_room(frame[value])
    x_scale = alt.Scale(domain=list(domain)) if domain else alt.Scale(domain=[0, top], nice=False, zero=True)
    axis = count_axis(domain[1] if domain else top) if counts else alt.Axis(tickCount=5)
    base = alt.Chart(frame).encode(
        y=alt.Y(f"{label}:N", sort=None, title=None),
        x=alt.X(f"{value}:Q", title=axis_title, scale=x_scale, axis=axis),
        tooltip=[alt.Tooltip(f"{label}:N", title=None), alt.Tooltip(f"{text}:N", title=axis_title)],
    )
    bars = base.mark_bar(cornerRadiusEnd=2).encode(color=alt.Color(f"{color}:N", scale=_scale(colors), legend=None))
    labels = base.mark_text(align="left", dx=5, fontSize=LABEL_FONT_SIZE, fontWeight="bold").encode(text=f"{text}:N")
    return cast(alt.LayerChart, alt.layer(bars, labels).properties(height=BAR_HEIGHT * max(len(frame), 1) + 20))


def grouped_level_bars(frame: pd.DataFrame, *, value: str, axis_title: str) -> alt.LayerChart:
    """Bars per country, one per level, each labelled 'Gull 6' so colour is never the only cue.

    Expects columns country_label, level, level_label, `value` and value_label.
    """
    levels_present = [lvl for lvl in LEVEL_COLORS if lvl in set(frame["level"])]
    colors = {lvl: LEVEL_COLORS[lvl] for lvl in levels_present}
    top = _label_room(frame[value])
    x_scale = alt.Scale(domain=[0, top], nice=False, zero=True)
    base = alt.Chart(frame).encode(
        y=alt.Y("country_label:N", sort=None, title=None),
        yOffset=alt.YOffset("level:N", sort=levels_present),
        x=alt.X(f"{value}:Q", title=axis_title, scale=x_scale, axis=count_axis(top)),
        tooltip=["country_label:N", "level_label:N", alt.Tooltip("value_label:N", title=axis_title)],
    )
    bars = base.mark_bar(cornerRadiusEnd=2).encode(color=alt.Color("level:N", scale=_scale(colors), legend=None))
    labels = base.mark_text(align="left", dx=5, fontSize=LABEL_FONT_SIZE).encode(text="bar_text:N")
    rows = frame["country_label"].nunique() * max(len(levels_present), 1)
    return cast(alt.LayerChart, alt.layer(bars, labels).properties(height=26 * rows + 30))


def stacked_year_bars(frame: pd.DataFrame, *, axis_title: str, legend_title: str) -> alt.LayerChart:
    """Labels per year stacked by country, with the year's total printed on top.

    Expects columns year, country, country_label, country_short (the name's initial, in the reader's language), labels.
    """
    countries = [c for c in COUNTRY_COLORS if c in set(frame["country"])]
    labels_by_code = dict(zip(frame["country"], frame["country_label"], strict=False))
    scale = alt.Scale(domain=[labels_by_code[c] for c in countries], range=[COUNTRY_COLORS[c] for c in countries])
    top = max(float(frame.groupby("year")["labels"].sum().max()), 1.0) * TOTAL_ROOM
    y_scale = alt.Scale(domain=[0, top], nice=False, zero=True)
    base = alt.Chart(frame).encode(x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=-45)))
    bars = base.mark_bar().encode(
        y=alt.Y("sum(labels):Q", title=axis_title, scale=y_scale, axis=count_axis(top)),
        color=alt.Color("country_label:N", scale=scale, title=legend_title),
        order=alt.Order("country:N"),
        tooltip=["year:O", "country_label:N", alt.Tooltip("labels:Q", title=axis_title)],
    )
    totals = base.mark_text(dy=-7, fontSize=11).encode(y="sum(labels):Q", text="sum(labels):Q")
    inks = alt.Scale(domain=scale.domain, range=[ink_on(COUNTRY_COLORS[c]) for c in countries])
    codes = base.mark_text(baseline="top", dy=3, fontSize=9, fontWeight="bold").encode(
        y=alt.Y("sum(labels):Q", stack="zero"),
        detail="country_short:N",
        order=alt.Order("country:N"),
        text="country_short:N",
        color=alt.Color("country_label:N", scale=inks, legend=None),  # white on blue, black on vermillion
    )  # each segment names its country, so colour is never the only cue
    layered = alt.layer(bars, codes, totals).resolve_scale(color="independent")
    return cast(alt.LayerChart, layered.properties(height=260))


def score_timeline(frame: pd.DataFrame, *, years: tuple[int, int]) -> alt.LayerChart:
    """One row per organisation, a dot per published gold score, the score printed in the dot.

    Expects columns organisation, year, score_pct, score_label.
    """
    base = alt.Chart(frame).encode(
        y=alt.Y("organisation:N", title=None, sort=alt.EncodingSortField("year", op="min")),
        x=alt.X(
            "year:Q",
            title=None,
            scale=alt.Scale(domain=[years[0] - 0.6, years[1] + 0.6]),
            axis=alt.Axis(values=_year_ticks(years), format="d", labelAngle=-45),
        ),
        tooltip=["organisation:N", alt.Tooltip("year:Q", format="d"), "score_label:N"],
    )
    line = base.mark_line(color="#BBBBBB").encode(detail="organisation:N")
    dots = base.mark_circle(size=520, color=LEVEL_COLORS["gold"], opacity=0.9)
    text = base.mark_text(fontSize=10, fontWeight="bold", color="#1A1A1A").encode(text="score_label:N")
    rows = max(frame["organisation"].nunique(), 1)
    return cast(alt.LayerChart, alt.layer(line, dots, text).properties(height=30 * rows + 40))


def _year_ticks(years: tuple[int, int]) -> list[int]:
    """Whole years from first to last, thinned to at most 8 (Vega's own ticks print "2013, 2013, 2014" for one year)."""
    offsets = whole_ticks(years[1] - years[0], most=8)
    return [years[0] + offset for offset in offsets if offset <= years[1] - years[0]]


def _padded_days(days: list[str], right: float = 0.25) -> alt.Scale:
    """A time scale over `days` (ISO) with room on the right (`right` × the span) for a dot's label ("Bronse")."""
    stamps = pd.to_datetime(pd.Series(days))
    low, high = stamps.min(), stamps.max()
    span = max(high - low, pd.Timedelta(days=90))
    return alt.Scale(domain=[_datetime(low - span * 0.03), _datetime(high + span * right)])


def _datetime(stamp: pd.Timestamp) -> alt.DateTime:
    return alt.DateTime(year=stamp.year, month=stamp.month, date=stamp.day)


STATUS_COLORS = {"valid": "#009E73", "expiring": "#E69F00", "expired": "#D55E00"}  # Okabe–Ito green/orange/vermillion
WINDOW_COLOR = "#FCE9C5"


NAME_WRAP = 44  # characters per line of an organisation's name over its row: fits 340 px at 12 px
NAME_LINE = 15  # px per line of a name
RADAR_ROW = 30  # px of a row below its name: the line, its dot and a gap to the next name


def expiry_timeline(frame: pd.DataFrame, *, on: str, horizon: str, legend_title: str) -> alt.LayerChart:
    """One row per organisation: its name and level over a line from the chosen day to its label's expiry.

    The name ("Arena Usus (NO) · Bronse") is printed above its row across the plot's whole width,
    wrapped onto more lines when long, so no name is cut at 390 px nor in a preview image (as
    axis labels they were cut at 180 px). The window (chosen day to day + N months) is shaded and
    the day marked on each row, so a dot's place says valid / expiring / expired as well as its
    colour does. Expects columns organisation, expiry (ISO day), status, status_label, level_label,
    expiry_label; `on` and `horizon` are ISO days.
    """
    statuses = [s for s in STATUS_COLORS if s in set(frame["status"])]
    labels = dict(zip(frame["status"], frame["status_label"], strict=False))
    scale = alt.Scale(domain=[labels[s] for s in statuses], range=[STATUS_COLORS[s] for s in statuses])
    headings = [
        wrap(f"{name}\u00a0· {level}", NAME_WRAP)  # the no-break space keeps '·' at the name's end
        for name, level in zip(frame["organisation"], frame["level_label"], strict=True)
    ]
    lines = max((len(h) for h in headings), default=1)
    # Line k counted from the name's last line, so every name ends just above its row's line.
    name_lines = {f"name_{k}": [h[-1 - k] if k < len(h) else "" for h in headings] for k in range(lines)}
    step = NAME_LINE * lines + RADAR_ROW  # every row alike: room for the longest name
    below = step / 2 - RADAR_ROW / 2  # the line sits in the row's lower part, the name above it
    marks = pd.DataFrame({"on": [on], "horizon": [horizon]})
    window = alt.Chart(marks).mark_rect(color=WINDOW_COLOR).encode(x="on:T", x2="horizon:T")
    base = alt.Chart(frame.assign(on=on, **name_lines)).encode(
        y=alt.Y("organisation:N", sort=None, title=None, axis=None, scale=alt.Scale(paddingInner=0, paddingOuter=0)),
        tooltip=["organisation:N", "level_label:N", "status_label:N", "expiry_label:N"],
    )
    x_scale = _padded_days([*frame["expiry"], on, horizon], right=0.05)  # no label right of a dot: its name is above
    today = base.mark_tick(color=TEXT_COLOR, thickness=2, size=18, yOffset=below).encode(
        x=alt.X("on:T", title=None, scale=x_scale, axis=alt.Axis(tickCount=4))
    )  # a mark per row, not one rule down the chart: a rule would cross the names
    spans = base.mark_rule(color="#9AA0A6", yOffset=below).encode(x="on:T", x2="expiry:T")
    dots = base.mark_circle(size=160, opacity=1, yOffset=below).encode(
        x="expiry:T", color=alt.Color("status_label:N", scale=scale, title=legend_title)
    )
    names = [
        base.mark_text(align="left", baseline="bottom", yOffset=below, dy=-11 - NAME_LINE * k, fontSize=12).encode(
            x=alt.value(0), text=f"{field}:N"
        )
        for k, field in enumerate(name_lines)
    ]
    height = step * max(len(frame), 1)
    return cast(alt.LayerChart, alt.layer(window, spans, today, dots, *names).properties(height=height))
