"""Which filters each page offers, as URL parameters with their allowed values and defaults."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from src.facts.data import Tables
from src.facts.schemas import COUNTRIES, EVENTS
from src.metrics.metrics import LEVEL_ORDER, year_bounds
from src.views.url_state import Choice, Count, Day, FreeText, OneOf, Param, YearRange

QUOTED_LEVELS = ("gold", "silver")  # the article gives no bronze count
RADAR_START = date(2012, 1, 1)  # the first public labels in the records
RADAR_MONTHS = (1, 24, 6)  # the window's bounds and default, in months
ORG_ID_LENGTH = 120
# The catalog words of each filter of codes, for every page that offers it: its label's key and the prefix
# whose keys name its options (`country.NO` → 'Norge').
CODE_FILTER_WORDS: dict[str, tuple[str, str]] = {
    "countries": ("filter.countries", "country"),
    "levels": ("filter.levels", "level"),
    "events": ("filter.events", "event"),
}

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


def year_span(spec: Mapping[str, Param]) -> tuple[int, int]:
    """The first and last year a page's `years` filter allows (read from the spec, not recomputed)."""
    param = spec["years"]
    if not isinstance(param, YearRange):
        raise TypeError("the 'years' filter must be a YearRange")
    return param.low, param.high
