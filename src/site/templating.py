"""The one Jinja environment of the static edition and the one-file deck, with the render helper both use.

Note that it lives apart from `build` so that the deck (which the app's story page offers as a
download) renders without loading the static builder and everything it imports into the app's server.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context

from src.text.i18n import t
from src.text.languages import language

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"  # the site's and the deck's stylesheets


def environment() -> Environment:
    """Jinja2 with autoescape on for every template: text from the data is always escaped."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)  # fmt: skip
    env.globals["t"] = t
    env.globals["language"] = language  # the language table's row: html lang, hreflang, og:locale
    env.filters["rel"] = _link
    return env


def render(template: str, **context: Any) -> str:
    """One template rendered in a fresh environment (a whole build keeps one `environment()` instead)."""
    return environment().get_template(template).render(**context)


@pass_context
def _link(context: Context, target: str, page: str) -> str:
    """`target` as the page links to it: relative to the page, or from `root` when the page sets one (the 404 page,
    which the static host serves at whatever address was missing)."""
    root = context.get("root")
    return f"{root}{target}" if isinstance(root, str) else relative(target, page)


def relative(target: str, page: str) -> str:
    """`target` (site-relative) as seen from `page` (site-relative), so the site works from any folder or file://."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")
