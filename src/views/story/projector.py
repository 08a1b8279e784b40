"""Fitting a chart to the projector: a slide's copy of a chart's Vega-Lite spec, type sized for the back row.

Note that only the look changes (type, colours, legend, year axis, height): data, encodings and
the screen-reader `description` stay as the chart view built them, so the slide and the app agree.
"""

from __future__ import annotations

from typing import Any

# The slide's body type follows the window: 2.8 % of its height, at most 1.75 % of its width, 16–30 px
# (20 px at 1280×720, 30 px at 1920×1080). story.css uses the same numbers for the body text.
BODY_VH, BODY_VW, BODY_MIN_PX, BODY_MAX_PX = 0.028, 0.0175, 16, 30
APP_FONT_PX = 12  # the app's own chart type, which the slide variant scales from
STATIC_WINDOW = (1280, 720)  # the slide a file drawn without a browser is made for
STATIC_HEIGHT_SCALE = 2.0  # and its plot height against the app's: a slide has room a stacked page does not
YEAR_LABEL_EMS = 2.4  # a year label ('2019') is about 2.2 ems wide: a level label needs that and a gap
FONT_KEYS = frozenset({"fontSize", "labelFontSize", "titleFontSize", "labelLimit", "dx", "dy"})
BODY_FONT_EXPR = f"clamp(min(windowSize()[1] * {BODY_VH}, windowSize()[0] * {BODY_VW}), {BODY_MIN_PX}, {BODY_MAX_PX})"
SLIDE_TEXT_COLOUR = "#1F2328"  # the theme's text colour: 15.8:1 on white, where Streamlit's chart grey is 3.7:1


def projector_spec(spec: dict[str, Any], live: bool = False) -> dict[str, Any]:
    """A copy of a chart's Vega-Lite spec for a slide: type as large as the slide's body, no title block.

    The slide variant differs from the app's chart only in how it looks from the back of a room:
    no title block (the slide shows title, takeaway and source line itself); every font at least
    the slide's body size; dark axis and legend text; no one-item legend and no text layer that
    only repeats that one series' name; every year on a year axis, zero where there is none.
    Data, encodings and the screen-reader `description` stay exactly as built.

    `live=True` is the Streamlit page's variant: the plot fills the box the slide leaves it
    (`height: container`, the box sized by `story.css`) and the body size follows the window
    (`BODY_FONT_EXPR`, the same formula as the CSS). The default is fixed for a file drawn
    without a window (the one-file deck, vl-convert): a 1280×720 slide's body size, twice the
    app's plot height.
    """
    body = BODY_FONT_EXPR if live else str(static_body_px(STATIC_WINDOW))
    projected = {k: _restyled(k, v, body) for k, v in spec.items() if k != "title"}
    if live:
        projected["height"] = "container"
        projected["autosize"] = {"type": "fit", "contains": "padding"}
    elif isinstance(spec.get("height"), int | float):
        projected["height"] = round(spec["height"] * STATIC_HEIGHT_SCALE)
    projected["config"] = _slide_config(projected.get("config", {}))
    layers = projected.get("layer")
    if isinstance(layers, list):
        single = _single_series(layers)
        kept = [_without_legend(layer) if single else layer for layer in layers]
        projected["layer"] = [layer for layer in kept if not (single and _names_its_series(layer))]
        projected.update(_every_year(projected, body))
    return projected


def static_body_px(window: tuple[int, int]) -> float:
    """The slide's body size in a window of `window` (width, height) px: `BODY_FONT_EXPR` without a browser."""
    width, height = window
    return round(min(max(min(height * BODY_VH, width * BODY_VW), BODY_MIN_PX), BODY_MAX_PX), 1)


def _scaled(key: str, value: float, body: str) -> Any:
    """A font size at least the slide's body size; offsets and label widths grow in proportion."""
    factor = f"({body}) / {APP_FONT_PX}"
    if key in {"fontSize", "labelFontSize", "titleFontSize"}:
        return {"expr": f"max({body}, {value} * {factor})"}
    return {"expr": f"{value} * {factor}"}


def _restyled(key: str, value: Any, body: str) -> Any:
    if key == "datasets":  # the rows: nothing to restyle, and by far the largest part
        return value
    if key in FONT_KEYS and isinstance(value, int | float) and not isinstance(value, bool):
        return _scaled(key, value, body)
    if key == "labelAngle":
        return 0  # year labels read level at projector type: a slide's plot is wide enough
    if isinstance(value, dict):
        return {k: _restyled(k, v, body) for k, v in value.items()}
    if isinstance(value, list):
        return [_restyled(key, item, body) for item in value]
    return value


def _slide_config(config: dict[str, Any]) -> dict[str, Any]:
    dark = {"labelColor": SLIDE_TEXT_COLOUR, "titleColor": SLIDE_TEXT_COLOUR}
    return {
        **config,
        "axis": {**config.get("axis", {}), **dark},
        "legend": {**config.get("legend", {}), **dark},
        "text": {**config.get("text", {}), "color": SLIDE_TEXT_COLOUR},
    }


def _colour(layer: dict[str, Any]) -> dict[str, Any]:
    colour = layer.get("encoding", {}).get("color", {})
    return colour if isinstance(colour, dict) else {}


def _single_series(layers: list[Any]) -> bool:
    """True when the colour scale names one series (one country): its legend and labels say nothing."""
    domains = [_colour(layer).get("scale", {}).get("domain") for layer in layers if isinstance(layer, dict)]
    return any(isinstance(d, list) and len(d) == 1 for d in domains)


def _without_legend(layer: dict[str, Any]) -> dict[str, Any]:
    if "field" not in _colour(layer):
        return layer
    encoding = {**layer["encoding"], "color": {**_colour(layer), "legend": None}}
    return {**layer, "encoding": encoding}


def _names_its_series(layer: dict[str, Any]) -> bool:
    """A text layer whose text is its own series key ('NO' on every bar)."""
    encoding = layer.get("encoding", {})
    text, detail = encoding.get("text", {}), encoding.get("detail", {})
    return bool(text.get("field")) and text.get("field") == detail.get("field")


def _every_year(spec: dict[str, Any], body: str) -> dict[str, Any]:
    """An `impute` transform giving every year between the first and last a row (zero), so none is skipped.

    Note that only charts whose x axis is the ordinal `year` get it, and the rows are grouped by
    every other text column so a stacked chart gets its zeros per series. Every year keeps a level
    label, never dropped for overlapping (Vega's default): at the body size where the year's band
    is wide enough, a little smaller where it is not (1024 px: 16 px against the body's 18).
    """
    layers = spec.get("layer", [])
    x_fields = {layer.get("encoding", {}).get("x", {}).get("field") for layer in layers}
    rows = [row for data in spec.get("datasets", {}).values() for row in data]
    years = [row["year"] for row in rows if isinstance(row.get("year"), int)]
    if x_fields != {"year"} or not years:
        return {}
    value_field = next(
        (layer["encoding"]["y"]["field"] for layer in layers if "field" in layer.get("encoding", {}).get("y", {})),
        None,
    )
    groups = sorted({k for row in rows for k, v in row.items() if isinstance(v, str) and k != "record_ids"})
    impute = {
        "impute": value_field,
        "key": "year",
        "keyvals": {"start": min(years), "stop": max(years) + 1},
        "groupby": groups,
        "value": 0,
    }
    if not value_field:
        return {}
    per_year = f"width / {max(years) - min(years) + 1} / {YEAR_LABEL_EMS}"
    axis = {"labelAngle": 0, "labelOverlap": False, "labelFontSize": {"expr": f"min({body}, {per_year})"}}
    return {"transform": [*spec.get("transform", []), impute], "layer": [_with_x_axis(ly, axis) for ly in layers]}


def _with_x_axis(layer: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    encoding = layer.get("encoding", {})
    x = encoding.get("x")
    if not isinstance(x, dict) or ("axis" in x and x["axis"] is None):  # no axis at all: nothing to label
        return layer
    return {**layer, "encoding": {**encoding, "x": {**x, "axis": {**x.get("axis", {}), **settings}}}}
