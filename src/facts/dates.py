"""Dates as the sources write them: a day, a month or only a year, or nothing.

Note that a month or year is kept with its precision instead of being silently
turned into the first day, so that the app can say "2019" rather than "1 Jan 2019".
"""

from __future__ import annotations

import re
from datetime import date

PRECISION_PATTERNS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
EARLIEST_YEAR = 2000  # ESCA began in 2010; anything before 2000 is a typo
LATEST_YEAR = 2100


def precision_of(text: str) -> str | None:
    """The precision a date string is written in, or None when it matches no known form."""
    for precision, pattern in PRECISION_PATTERNS.items():
        if pattern.match(text):
            return precision
    return None


def parse_partial_date(text: str) -> date | None:
    """First day of the period `text` names ('2019' → 2019-01-01); None if empty or impossible."""
    precision = precision_of(text)
    if precision is None:
        return None
    parts = [int(p) for p in text.split("-")] + [1, 1]
    year, month, day = parts[0], parts[1], parts[2]
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_valid_partial_date(text: str) -> bool:
    """True for an empty string or a possible date written as YYYY, YYYY-MM or YYYY-MM-DD."""
    return text == "" or parse_partial_date(text) is not None
