"""Which filters each page offers, as URL parameters with their allowed values and defaults."""

from __future__ import annotations

from src.data import Tables
from src.metrics import LEVEL_ORDER, year_bounds
from src.schemas import COUNTRIES, EVENTS
from src.url_state import Choice, FreeText, Param, YearRange

QUOTED_LEVELS = ("gold", "silver")  # the article gives no bronze count

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


def register_page(tables: Tables) -> dict[str, Param]:
    """Register: the levels filters plus event kind and a name search."""
    return {**levels_page(tables), "events": Choice(EVENTS, EVENTS), "q": FreeText()}
