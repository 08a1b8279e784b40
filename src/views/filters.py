"""Which filters each page offers, as URL parameters with their allowed values and defaults."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from src.facts.data import Tables
from src.facts.schemas import COUNTRIES, EVENTS
from src.metrics.metrics import LEVEL_ORDER, year_bounds
from src.views.url_state import Choice, Count, Day, FreeText, OneOf, Param, Value, YearRange

QUOTED_LEVELS = ("gold", "silver")  # the article gives no bronze count
CHART_PAGES = {
    "quality_index": "comparison",
    "valid_labels": "comparison",
    "follow_up": "follow_up",
    "level_distribution": "levels",
    "labels_per_year": "levels",
    "gold_scores": "levels",
    "expiry_radar": "renewal",
    "europe_labels": "levels",
    "org_timeline": "organisation",
    "org_scores": "organisation",
}
RADAR_START = date(2012, 1, 1)  # the first public labels in the records
RADAR_MONTHS = (1, 24, 6)  # the window's bounds and default, in months
ORG_ID_LENGTH = 120
CHART_PARAM: dict[str, Param] = {"chart": OneOf(tuple(CHART_PAGES), "quality_index")}

COMPARISON: dict[str, Param] = {
    "countries": Choice(COUNTRIES, COUNTRIES),
    "levels": Choice(QUOTED_LEVELS, QUOTED_LEVELS),
}


def levels_page(tables: Tables) -> dict[str, Param]:
    """Nivåer: countries, levels and a year span bounded by the dated records."""
    return {
        "countries": Choice(COUNTRIES, COUNTRIES),
        "levels": Choice(LEVEL_ORDER, LEVEL_ORDER),
        "years": YearRange(*year_bounds(tables.label_events)),
    }


UNDATED_OPTIONS = ("include", "exclude")


def register_page(tables: Tables) -> dict[str, Param]:
    """Register: the levels filters plus event kind, a name search and whether undated records count."""
    return {
        **levels_page(tables),
        "events": Choice(EVENTS, EVENTS),
        "q": FreeText(),
        "undated": OneOf(UNDATED_OPTIONS, UNDATED_OPTIONS[0]),
    }


def renewal_page(today: date) -> dict[str, Param]:
    """Fornyelse: the radar's day (2012 to today, default today) and its window in months."""
    return {"on": Day(RADAR_START, today, today), "months": Count(*RADAR_MONTHS)}


def organisation_page(today: date) -> dict[str, Param]:
    """Organisation: which organisation (checked against the data by the page, not here) and the status day."""
    return {"org": FreeText(ORG_ID_LENGTH), "on": Day(RADAR_START, today, today)}


@dataclass(frozen=True)
class ChartFilters:
    """The URL parameters one chart reads, and how they become its view's arguments (before `lang`)."""

    spec: dict[str, Param]
    args: Callable[[Mapping[str, Value]], tuple[Value, ...]]


def chart_filters(tables: Tables, today: date | None = None) -> dict[str, ChartFilters]:
    """Per chart id: the same filters, with the same defaults, as on the chart's own page (on day `today`)."""
    levels = levels_page(tables)
    return {
        "quality_index": ChartFilters({"countries": COMPARISON["countries"]}, lambda v: (v["countries"],)),
        "valid_labels": ChartFilters(COMPARISON, lambda v: (v["countries"], v["levels"])),
        "follow_up": ChartFilters({}, lambda v: ()),
        "level_distribution": ChartFilters(levels, lambda v: (v["countries"], v["levels"])),
        "labels_per_year": ChartFilters(levels, lambda v: (v["countries"], v["levels"], v["years"])),
        "gold_scores": ChartFilters(levels, lambda v: (v["countries"], v["years"])),
        "expiry_radar": ChartFilters(renewal_page(today or date.today()), lambda v: (v["on"], v["months"])),
        "europe_labels": ChartFilters({}, lambda v: ()),
        "org_timeline": ChartFilters(organisation_page(today or date.today()), lambda v: (v["org"], v["on"])),
        "org_scores": ChartFilters({"org": FreeText(ORG_ID_LENGTH)}, lambda v: (v["org"],)),
    }


def year_span(spec: Mapping[str, Param]) -> tuple[int, int]:
    """The first and last year a page's `years` filter allows (read from the spec, not recomputed)."""
    param = spec["years"]
    if not isinstance(param, YearRange):
        raise TypeError("the 'years' filter must be a YearRange")
    return param.low, param.high
