"""The registry: one description per page and per chart, read by every renderer.

A page's place in the menu, its icon, its static edition and the filters it offers; a chart's
builder, page, the filters it honours, its columns (header per language through the catalog,
which are codes to translate, which are dates or flags) and its embed height — each written
once here. The Streamlit app (`src.ui`), the static edition (`src.site`) and the files
(`src.export`) read them instead of keeping lists of their own, so they cannot disagree.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from src.facts.data import Tables
from src.text.i18n import t
from src.views import chart_views, filters, org_views
from src.views.chart_view import ChartView
from src.views.url_state import Day, OneOf, Param, Value, default_of, encode, encode_value, lang_param


def _no_params(tables: Tables, today: date) -> dict[str, Param]:
    return {}


@dataclass(frozen=True)
class PageSpec:
    """One page of the app, and of the static edition when `static`.

    `name` is the app's address (`/comparison`), its script `app_pages/<name>.py`, its menu entry
    `nav.<name>`; `params` are the URL parameters (filters) the page offers, on day `today`.
    """

    name: str
    icon: str
    params: Callable[[Tables, date], dict[str, Param]] = _no_params
    static: bool = True
    menu: bool = True
    default: bool = False

    @property
    def script(self) -> str:
        return f"app_pages/{self.name}.py"

    @property
    def nav_key(self) -> str:
        return f"nav.{self.name}"

    @property
    def url_path(self) -> str:
        """The app's address of the page ('' for the start page)."""
        return "" if self.default else self.name

    @property
    def static_slug(self) -> str:
        """The static edition's folder for the page ('' for the start page: `index.html`)."""
        return self.url_path


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "🏠", default=True),
    PageSpec("comparison", "📊", lambda tables, today: dict(filters.COMPARISON)),
    PageSpec("follow_up", "🔁"),
    PageSpec("levels", "🥇", lambda tables, today: filters.levels_page(tables)),
    PageSpec("register", "📋", lambda tables, today: filters.register_page(tables)),
    PageSpec("renewal", "⏳", lambda tables, today: filters.renewal_page(today)),
    PageSpec("organisation", "🏷️", lambda tables, today: filters.organisation_page(today)),
    PageSpec("sources", "📚"),
    PageSpec("story", "🎞️"),
    PageSpec("chart", "📈", static=False, menu=False),
)
PAGE_BY_NAME = {page.name: page for page in PAGES}


@dataclass(frozen=True)
class Column:
    """One column of a chart's table: its stable name (the ISO CSV's header) and how a reader sees it.

    The reader's header is the catalog's `files.col.<name>`; `codes` names the catalog prefix that
    turns a code into a word ('NO' → `country.NO` → 'Norge'); a `flag` reads 'ja'/'nei'; a
    `reader=False` column is for programs only (the ISO CSV), not the table tab or the reader's files.
    """

    name: str
    codes: str | None = None
    flag: bool = False
    reader: bool = True


def _columns(*names: str) -> tuple[Column, ...]:
    """Columns by name; the codes and flags every chart shares are looked up in `SHARED_COLUMNS`."""
    return tuple(SHARED_COLUMNS.get(name, Column(name)) for name in names)


SHARED_COLUMNS = {
    "country": Column("country", codes="country"),
    "level": Column("level", codes="level"),
    "stage": Column("stage", codes="stage"),
    "status": Column("status", codes="radar.status"),
    "series": Column("series", codes="europe.series"),
    "qualifier": Column("qualifier", codes="files.qualifier"),
    "event": Column("event", codes="event"),
    "statement": Column("statement", reader=False),  # the data author's English note; readers get the quote
    "quote_lang": Column("quote_lang", reader=False),  # the quote's language: marks the quote cell
    "valid_until_inferred": Column("valid_until_inferred", flag=True),
    "valid_on_day": Column("valid_on_day", flag=True),
}


EMBED_WIDTHS = (390, 1280)  # a phone and a desktop column: the widths the heights below were measured at


@dataclass(frozen=True)
class Embed:
    """The chart page's content height in px at a phone's and a desktop's width, measured in Chromium.

    Measured with the default filters (the larger of nb and en; an organisation's charts for gce-node)
    by tests/browser/test_embed.py's host page. The snippet starts at `start`, so the chart fits before
    its page reports its own height (or when a site strips the snippet's script); then it follows it.
    """

    phone: int
    wide: int

    @property
    def start(self) -> int:
        return max(self.phone, self.wide)

    def height(self, width: int) -> int:
        """The height at `width` px: interpolated between the measured widths, the nearest one beyond them."""
        low, high = EMBED_WIDTHS
        share = min(max((width - low) / (high - low), 0.0), 1.0)
        return math.ceil(self.phone + (self.wide - self.phone) * share)


@dataclass(frozen=True)
class ChartSpec:
    """One chart: how it is built, where it lives, what it honours and what its table holds.

    `params` are the page's URL parameters the chart reads, in its builder's argument order
    (the builder is called `build(tables, *values, lang)`); a page filter not in `params` is
    one the chart ignores, and says so right above it. `chart_id` is also the chart's part of
    every file name (`klyngekvalitet_<chart_id>_…`) and its `?chart=` in an embed.
    """

    chart_id: str
    build: Callable[..., ChartView | None]
    page: str
    params: tuple[str, ...]
    columns: tuple[Column, ...]
    embed: Embed
    press_kit: bool = True
    example: Mapping[str, str] = field(default_factory=dict)  # a parameter the chart needs that has no default
    notes: Mapping[str, str] = field(default_factory=dict)  # an ignored filter's own note (else chart.ignores.<name>)

    @property
    def page_spec(self) -> PageSpec:
        return PAGE_BY_NAME[self.page]

    def param_spec(self, tables: Tables, today: date) -> dict[str, Param]:
        """The chart's own URL parameters: its page's, restricted to those it honours."""
        offered = self.page_spec.params(tables, today)
        return {name: offered[name] for name in self.params}

    def note_key(self, param: str) -> str:
        """The catalog sentence that says this chart does not follow `param`."""
        return self.notes.get(param, f"chart.ignores.{param}")

    def ignored(self, tables: Tables, today: date) -> tuple[str, ...]:
        """The page's filters this chart does not follow (a reader must be told)."""
        return tuple(p for p in self.page_spec.params(tables, today) if p not in self.params and p in FILTER_NOTES)


FILTER_NOTES = ("countries", "levels", "years", "on", "months")  # filters whose being ignored a chart says


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec(
        "quality_index", chart_views.quality_index_view, "comparison", ("countries",),
        _columns("country", "value", "sample_size", "figure_id", "source_row"), Embed(446, 423),
        notes={"levels": "chart.ignores.levels.index"},
    ),
    ChartSpec(
        "valid_labels", chart_views.valid_counts_view, "comparison", ("countries", "levels"),
        _columns("country", "level", "count", "figure_id", "source_row"), Embed(506, 483),
    ),
    ChartSpec(
        "follow_up", chart_views.follow_up_view, "follow_up", (),
        _columns("stage", "count", "figure_id", "source_row"), Embed(480, 457),
    ),
    ChartSpec(
        "level_distribution", chart_views.level_distribution_view, "levels", ("countries", "levels"),
        _columns("country", "level", "organisations", "n"), Embed(566, 521),
    ),
    ChartSpec(
        "labels_per_year", chart_views.labels_per_year_view, "levels", ("countries", "levels", "years"),
        _columns("year", "country", "level", "labels", "record_ids"), Embed(879, 700),
    ),
    ChartSpec(
        "gold_scores", chart_views.score_view, "levels", ("countries", "levels", "years"),
        _columns("organisation", "country", "level", "year", "score_pct", "threshold_pct", "record_id"),
        Embed(879, 700),
    ),
    ChartSpec(
        "expiry_radar", chart_views.expiry_radar_view, "renewal", ("on", "months"),
        _columns("organisation", "country", "level", "status", "expiry", "valid_until_inferred", "record_id"),
        Embed(788, 654),
    ),
    ChartSpec(
        "europe_labels", chart_views.europe_view, "overview", (),
        _columns("day", "year", "series", "level", "count", "qualifier", "statement", "quote", "quote_lang", "fact_id",
                 "source", "file", "source_row"),
        Embed(973, 816),
    ),
    ChartSpec(
        "org_timeline", org_views.timeline_view, "organisation", ("org", "on"),
        _columns("event_id", "level", "event", "start", "end", "valid_until_inferred", "valid_on_day", "score_pct",
                 "record_ids"),
        Embed(505, 416), press_kit=False, example={"org": "gce-node"},
    ),
    ChartSpec(
        "org_scores", org_views.scores_view, "organisation", ("org",),
        _columns("day", "level", "event", "score", "record_ids"),
        Embed(543, 520), press_kit=False, example={"org": "gce-node"},
    ),
)  # fmt: skip
CHART_BY_ID = {chart.chart_id: chart for chart in CHARTS}
CHART_PARAM: dict[str, Param] = {"chart": OneOf(tuple(CHART_BY_ID), CHARTS[0].chart_id)}  # the chart-alone page


def charts_on(page: str) -> tuple[ChartSpec, ...]:
    """The charts a page shows, in the order it shows them."""
    return tuple(chart for chart in CHARTS if chart.page == page)


def defaults(spec: Mapping[str, Param]) -> dict[str, Value]:
    """Every parameter's default value: what a page shows when its address says nothing."""
    return {name: default_of(param) for name, param in spec.items()}


def build(chart_id: str, tables: Tables, values: Mapping[str, Value], lang: str, today: date) -> ChartView | None:
    """The chart for the reader's filter `values` (missing ones at their defaults), carrying its pinned address."""
    chart = CHART_BY_ID[chart_id]
    spec = chart.param_spec(tables, today)
    chosen = {**defaults(spec), **{k: v for k, v in values.items() if k in spec}}
    view = chart.build(tables, *(chosen[name] for name in chart.params), lang)
    return None if view is None else replace(view, params=pinned_params(chosen, spec, lang))


def pinned_params(values: Mapping[str, Value], spec: Mapping[str, Param], lang: str) -> dict[str, str]:
    """URL parameters that reopen exactly this view on any later day: filters, language, and every day written out.

    Note that a default left out of a link is fine for a fixed default (both countries), but a
    day whose default is "today" would show another day next month; so days are always written.
    """
    params = encode(values, spec)
    for name, param in spec.items():
        if isinstance(param, Day) and name in values:
            params[name] = encode_value(values[name], param)
    return {**params, **lang_param(lang)}


def filter_notes(chart_id: str, tables: Tables, today: date, lang: str) -> list[str]:
    """One sentence per page filter the chart does not follow ("Viser alle år: …")."""
    chart = CHART_BY_ID[chart_id]
    return [t(chart.note_key(name), lang) for name in chart.ignored(tables, today)]
