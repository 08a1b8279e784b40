"""Every piece of text in every chart spec reaches WCAG AA contrast (4.5:1) against what it is drawn on.

Text is title, subtitle (takeaway and source line), axis and legend labels and titles, and mark text.
Its background is white (the page and the exported image) plus, where the spec says so, a mark it sits on:
a shaded band (`rect`, `area`) under any text, and the bar or dot under a label that is not pushed
beside it (no `dx`, no upward `dy`). Axe-core cannot judge text inside an SVG, so this is where it is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from src.facts.data import Tables
from src.views import registry
from src.views.url_state import parse

from .colour_vision import contrast_ratio

pytestmark = pytest.mark.a11y

AA = 4.5
WHITE = "#FFFFFF"
SHADING_MARKS = {"rect", "area"}
FILLED_MARKS = {"bar", "circle", "point", "square", "arc"}
NAMED = {"white": "#FFFFFF", "black": "#000000"}
CONFIG_TEXT = {  # config block -> keys that colour text; each must be set, or Streamlit's theme greys it
    "title": ("color", "subtitleColor"),
    "axis": ("labelColor", "titleColor"),
    "legend": ("labelColor", "titleColor"),
    "text": ("color",),
}


SAMPLE_PARAMS = {"org": "gce-node"}  # ignored by charts without an `org` parameter


def chart_specs(tables: Tables) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each registered chart, built with its page's default filters, in each language."""
    for chart in registry.CHARTS:
        values, _ = parse(SAMPLE_PARAMS, chart.param_spec(tables, date(2017, 3, 28)))  # GCE NODE has both org charts
        for lang in ("nb", "en"):
            view = chart.build(tables, *(values[name] for name in chart.params), lang)
            if view is not None:
                yield f"{chart.chart_id}-{lang}", view.spec


def hex_colour(value: Any) -> str:
    colour = NAMED.get(str(value).lower(), str(value))
    assert isinstance(value, str) and colour.startswith("#") and len(colour) == 7, f"not a #RRGGBB colour: {value!r}"
    return colour.upper()


def blend(colour: str, opacity: float) -> str:
    """`colour` at `opacity` over white, as the reader sees it."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * opacity + 255 * (1 - opacity)):02X}" for c in channels)


def mark_of(layer: dict[str, Any]) -> dict[str, Any]:
    mark = layer.get("mark", {})
    return {"type": mark} if isinstance(mark, str) else mark


def colours_by_key(layer: dict[str, Any], default: str | None) -> dict[str | None, str]:
    """The layer's colour per value of its colour field ({None: colour} when fixed)."""
    channel = layer.get("encoding", {}).get("color", {})
    scale = channel.get("scale") or {}
    if "range" in scale:
        return dict(zip(scale["domain"], (hex_colour(c) for c in scale["range"]), strict=True))
    mark = mark_of(layer)
    fixed = mark.get("color", mark.get("fill", default))
    assert fixed is not None, f"a {mark.get('type')} layer has no colour of its own: {layer}"
    colour = hex_colour(fixed)
    return {None: blend(colour, mark["opacity"]) if "opacity" in mark else colour}


def on_its_mark(mark: dict[str, Any]) -> bool:
    """A label with no sideways or upward offset is drawn on the mark it labels."""
    return not mark.get("dx") and float(mark.get("dy", 0)) >= 0


def text_pairs(spec: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(what, text colour, background) for every piece of text in the spec."""
    config = spec.get("config", {})
    for block, keys in CONFIG_TEXT.items():
        for key in keys:
            assert key in config.get(block, {}), f"config.{block}.{key} is not set"
            yield f"config.{block}.{key}", hex_colour(config[block][key]), WHITE
    title = spec.get("title", {})
    for key in ("color", "subtitleColor"):
        if isinstance(title, dict) and key in title:
            yield f"title.{key}", hex_colour(title[key]), WHITE
    layers = spec.get("layer", [spec])
    shading = [
        c
        for layer in layers
        if mark_of(layer).get("type") in SHADING_MARKS
        for c in colours_by_key(layer, None).values()
    ]
    for index, layer in enumerate(layers):
        mark = mark_of(layer)
        if mark.get("type") != "text":
            continue
        for key, ink in colours_by_key(layer, config["text"]["color"]).items():
            under = marks_under(key, layers) if on_its_mark(mark) else []
            for what, background in under or [("", WHITE), *(("shading", c) for c in shading)]:
                yield f"layer {index} text {key or ''} {what}".strip(), ink, background


def marks_under(key: str | None, layers: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(mark type, fill) of each bar or dot a label drawn on its mark may sit on (only `key`'s, if coloured by it)."""
    found: list[tuple[str, str]] = []
    for other in layers:
        kind = mark_of(other).get("type")
        if kind in FILLED_MARKS:
            fills = colours_by_key(other, None)
            found += [(f"on {kind}", fill) for fill in ([fills[key]] if key in fills else fills.values())]
    return found


@pytest.fixture(scope="module")
def specs(tables: Tables) -> dict[str, dict[str, Any]]:
    return dict(chart_specs(tables))


def test_every_chart_is_checked(specs: dict[str, dict[str, Any]]) -> None:
    """Each registered chart yields a spec in both languages, so the check below covers all of them."""
    assert set(specs) == {f"{chart_id}-{lang}" for chart_id in registry.CHART_BY_ID for lang in ("nb", "en")}


def test_chart_text_reaches_aa_contrast(specs: dict[str, dict[str, Any]]) -> None:
    failures = [
        f"{name}: {what} {ink} on {background} = {contrast_ratio(ink, background):.2f}:1"
        for name, spec in specs.items()
        for what, ink, background in text_pairs(spec)
        if contrast_ratio(ink, background) < AA
    ]
    assert not failures, "\n".join(failures)


def test_labels_on_bars_are_checked_against_the_bar(specs: dict[str, dict[str, Any]]) -> None:
    """The country codes printed inside the stacked bars are compared with the bar colour, not only white."""
    pairs = [(what, ink, bg) for what, ink, bg in text_pairs(specs["labels_per_year-nb"]) if " on bar" in what]
    assert {bg for _, _, bg in pairs} == {"#0072B2", "#D55E00"}, pairs


@pytest.mark.parametrize(
    ("ink", "background", "passes"),
    [("#808495", WHITE, False), ("#FFFFFF", "#D55E00", False), ("#000000", "#D55E00", True), ("#4A4A4A", WHITE, True)],
)
def test_the_check_tells_the_old_colours_from_the_new(ink: str, background: str, passes: bool) -> None:
    """The audit's findings (#808495 axis text 3.72:1, white on vermillion 3.87:1) fail; their fixes pass."""
    assert (contrast_ratio(ink, background) >= AA) is passes
