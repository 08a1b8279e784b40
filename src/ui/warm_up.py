"""Warm the server process before readers arrive: the imports, the tables and what every page's first run builds.

Note that each step calls the same cached function a page calls, with the arguments a reader's first
run of that page passes (its filters at their defaults, in each language), so the first readers after
a start find it all built, as the hundredth does. What only some readers ask for stays lazy: the press
kit, the image engine, the story deck, the QR code, other organisations' pages and other filters.
`src.ui.serve` runs it at server start and reports ready only when it is done.
"""

from __future__ import annotations

import ast
import importlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import cast

from src.export import export
from src.facts.errors import DataError
from src.facts.paths import PROJECT_ROOT
from src.text.i18n import LANGUAGES
from src.ui import data, language, share_panel
from src.ui import org as ui_org
from src.ui import story as ui_story
from src.views import filters, register, registry
from src.views.story import navigation, slides
from src.views.url_state import Value

LOGGER = logging.getLogger(__name__)
PAGE_SCRIPTS = (PROJECT_ROOT / "app.py", *sorted((PROJECT_ROOT / "app_pages").glob("*.py")))
# Streamlit's own modules that its first script run imports (the page icons are checked against its emoji list).
STREAMLIT_LAZY = ("streamlit.emojis", "streamlit.material_icon_names")


@dataclass
class WarmUp:
    """What the warm-up did: seconds per step, in order."""

    steps: list[tuple[str, float]] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(seconds for _, seconds in self.steps)

    def timed(self, name: str, work: Callable[[], object]) -> None:
        start = time.perf_counter()
        work()
        self.steps.append((name, time.perf_counter() - start))

    def __str__(self) -> str:
        parts = ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in self.steps)
        return f"warm in {self.seconds:.1f} s ({parts})"


def page_imports() -> list[str]:
    """Every module the app's scripts import (each page imports its own on its first run, else)."""
    names: set[str] = set()
    for script in PAGE_SCRIPTS:
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"), str(script))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return sorted(names)


def _import_pages() -> None:
    for name in (*page_imports(), *STREAMLIT_LAZY):
        try:
            importlib.import_module(name)
        except ImportError:
            continue  # `from package import name` where name is not a module


def defaults(page: str) -> dict[str, Value]:
    """A page's filters as its first run reads them from an address that names none."""
    return registry.defaults(data.page_params(page))


def chart_values(chart: registry.ChartSpec) -> dict[str, Value]:
    """The values a page passes for this chart at its defaults (the example organisation for its page)."""
    return {**defaults(chart.page), **chart.example}


def _charts(lang: str) -> None:
    for chart in registry.CHARTS:
        data.chart_params(chart.chart_id)
        data.filter_notes(chart.chart_id, lang)
        data.chart_view(chart.chart_id, chart_values(chart), lang)


def _pages(lang: str, today: date) -> None:
    """The caches each page reads besides its charts, at its defaults."""
    data.overview(lang)
    data.sources_page(lang)
    data.changes(lang)  # 'Hva er endret': every kept release compared (about a second, once per release)
    data.article_follow_up()
    data.register_coverage()
    data.computed_follow_up(lang, today)
    data.validity_notes(lang)
    if os.environ.get(export.BASE_URL_ENV):  # else the address comes from the reader's request
        data.dataset_citation(lang, export.base_url())

    levels = defaults("levels")
    if "gold" in cast(tuple[str, ...], levels["levels"]):
        ui_org._scored(cast(tuple[str, ...], levels["countries"]), cast(tuple[int, int], levels["years"]))

    data.register_view(register.filters_of(defaults("register")), filters.year_span(data.page_params("register")), lang)

    radar = defaults("renewal")
    data.radar_tables(lang, cast(date, radar["on"]), int(cast(int, radar["months"])))

    for chart in registry.CHARTS:
        if org_id := chart.example.get("org"):
            ui_org.profile(org_id, lang)
            ui_org.status(org_id, cast(date, defaults(chart.page)["on"]), lang)


def _story(lang: str) -> None:
    """Every slide's chart: the views the story page draws, built through the page's own `slide_view`."""
    tables = data.cached_tables()
    for number in range(navigation.FIRST_SLIDE, slides.SLIDE_COUNT + 1):
        slides.build_slide(tables, number, lang, ui_story.slide_view)


def warm_up(languages: tuple[str, ...] = tuple(LANGUAGES)) -> WarmUp:
    """Build at server start what the first run of every page builds, in every language; timed per step."""
    done = WarmUp()
    today = date.today()
    done.timed("imports", _import_pages)
    try:
        done.timed("tables", data.cached_tables)
    except DataError as error:  # each page shows the reader which file to rebuild; nothing more to build
        LOGGER.warning("warm-up stopped: the data cannot be read (%s)", ", ".join(error.files))
        return done
    done.timed("search index", ui_org.start_search_warm_up().join)  # the thread the search box would start
    share_panel._press_kits()  # the sources page asks whether a kit was made (the kit itself stays lazy)
    done.timed("style", language._app_style)
    for lang in languages:
        done.timed(f"charts {lang}", partial(_charts, lang))
        done.timed(f"pages {lang}", partial(_pages, lang, today))
        done.timed(f"story {lang}", partial(_story, lang))
    LOGGER.info("%s", done)
    return done
