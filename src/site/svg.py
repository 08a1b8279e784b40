"""Charts as inline SVG and as link-preview images, drawn by vl-convert from the view's own spec.

Note that several charts share one HTML page, and Vega names its clip paths `clip1`, `clip2`…
in every drawing: the ids are prefixed per chart so that no two elements share an id and each
chart clips with its own paths.
"""

from __future__ import annotations

import re
from typing import Any

import vl_convert as vlc
from markupsafe import Markup, escape

from src.export import export
from src.views.chart_view import ChartView

OG_WIDTH, OG_HEIGHT = 1200, 630  # the size Open Graph and Twitter cards show without cropping
OG_MARGIN = 24
ROOT_TAG = re.compile(r"<svg\b[^>]*>")
ID_ATTR = re.compile(r'\bid="([^"]+)"')
SIZE_ATTR = re.compile(r'\b(width|height)="([0-9.]+)"')
EMPTY_GROUP = re.compile(r"<g ([^>]*)/>")


def screen_spec(view: ChartView, width: int) -> dict[str, Any]:
    """The view's spec at a fixed width, without its title block (the page shows those words as text)."""
    spec = view.spec
    return {**{k: v for k, v in spec.items() if k != "title"}, "width": width}


def inline_svg(view: ChartView, width: int, prefix: str, spec: dict[str, Any] | None = None) -> Markup:
    """An `<svg role="img">` with the chart's title and text alternative, safe to place in an HTML page."""
    export.warm_up()
    svg = str(vlc.vegalite_to_svg(spec or screen_spec(view, width)))
    return accessible(unique_ids(hide_empty_marks(svg), prefix), view.text.title, view.text.description, prefix)


def hide_empty_marks(svg: str) -> str:
    """Empty mark containers hidden from assistive technology.

    Note that Vega draws a layer with no rows (an organisation with no expiry-only entry, say) as an
    empty `<g role="graphics-symbol">` without a name, which axe reports as an image without text;
    it shows nothing, so it is hidden (the chart's own title and text alternative stay).
    """

    def hide(match: re.Match[str]) -> str:
        attrs = match.group(1)
        if 'role="graphics-symbol"' not in attrs or "aria-label=" in attrs or "aria-hidden=" in attrs:
            return match.group(0)
        return f'<g {attrs.rstrip()} aria-hidden="true"/>'

    return EMPTY_GROUP.sub(hide, svg)


def unique_ids(svg: str, prefix: str) -> str:
    """Every `id` (and each reference to it) prefixed, so several drawings can share a page."""
    ids = set(ID_ATTR.findall(svg))
    if not ids:
        return svg
    names = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    svg = re.sub(rf'\bid="({names})"', lambda m: f'id="{prefix}-{m[1]}"', svg)
    return re.sub(rf"#({names})\b", lambda m: f"#{prefix}-{m[1]}", svg)


def accessible(svg: str, title: str, description: str, prefix: str) -> Markup:
    """The root element named for screen readers (role img, title and desc); the drawing inside is hidden."""
    match = ROOT_TAG.search(svg)
    if match is None:
        raise ValueError("not an SVG drawing")
    root = match.group(0).replace(' class="marks"', ' class="vega-chart"')
    root = root[:-1] + f' role="img" aria-labelledby="{prefix}-title {prefix}-desc">'
    label = f'<title id="{prefix}-title">{escape(title)}</title><desc id="{prefix}-desc">{escape(description)}</desc>'
    return Markup(svg[: match.start()] + root + label + svg[match.end() :])  # vl-convert escapes the text it draws


def og_png(svg: str) -> bytes:
    """A 1200×630 preview image of an exported chart SVG (title, takeaway, source and credit baked in), on white."""
    match = ROOT_TAG.search(svg)
    if match is None:
        raise ValueError("not an SVG drawing")
    sizes = dict(SIZE_ATTR.findall(match.group(0)))
    width, height = float(sizes["width"]), float(sizes["height"])
    scale = min((OG_WIDTH - 2 * OG_MARGIN) / width, (OG_HEIGHT - 2 * OG_MARGIN) / height)
    w, h = width * scale, height * scale
    x, y = (OG_WIDTH - w) / 2, (OG_HEIGHT - h) / 2
    root = f'<svg x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" viewBox="0 0 {width:g} {height:g}"'
    inner = svg[: match.start()] + root + match.group(0)[4:].split(" viewBox=")[0].split(" width=")[0] + ">"
    inner += svg[match.end() :]
    frame = (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{OG_WIDTH}" height="{OG_HEIGHT}" viewBox="0 0 {OG_WIDTH} {OG_HEIGHT}">'
        f'<rect width="{OG_WIDTH}" height="{OG_HEIGHT}" fill="white"/>{inner}</svg>'
    )
    return export.png_from_svg(frame, scale=1.0)
