"""Vega/d3 number and time locales for a language, built from Babel's CLDR data (offline).

Note that d3 ships its own locale files, but they differ from CLDR in places (d3's `da-DK` writes
short dates its own way): building both objects from the same CLDR data that `formatting` uses
keeps a chart's axis and the sentence under it writing `1.234` and `marts` alike.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from src.text.languages import language

# CLDR date pattern letters → d3 time format directives (only those CLDR's short/medium/full patterns use).
D3_DIRECTIVES = {
    "EEEE": "%A", "EEE": "%a", "dd": "%d", "d": "%e", "MMMM": "%B", "MMM": "%b", "MM": "%m", "M": "%m",
    "y": "%Y", "yyyy": "%Y", "yy": "%y", "HH": "%H", "H": "%H", "mm": "%M", "ss": "%S", "h": "%I", "a": "%p",
}  # fmt: skip
PATTERN_TOKEN = re.compile(r"'[^']*'|([A-Za-z])\1*")
CURRENCY = {"NO": "NOK", "GB": "GBP", "DK": "DKK", "SE": "SEK", "FI": "EUR", "DE": "EUR"}
SUNDAY_FIRST = (6, 0, 1, 2, 3, 4, 5)  # Babel numbers days from Monday (0); d3 lists them from Sunday


def d3_pattern(cldr: str) -> str:
    """'dd.MM.y' → '%d.%m.%Y': a CLDR date/time pattern as a d3 format string (quoted text kept, '%' escaped)."""

    def directive(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token[1:-1].replace("%", "%%") or "'"
        return D3_DIRECTIVES.get(token, token)

    return PATTERN_TOKEN.sub(directive, cldr)


@cache
def number_locale(lang: str) -> dict[str, Any]:
    """Vega's number locale: decimal and group marks, currency and the percent sign as CLDR writes them."""
    locale = Locale.parse(language(lang).locale)
    code = CURRENCY.get(locale.territory or "", "EUR")
    symbol = locale.currency_symbols.get(code, code)
    prefix, _, suffix = _around_number(locale.currency_formats["standard"].pattern)
    _, _, percent = _around_number(locale.percent_formats[None].pattern)
    return {
        "decimal": get_decimal_symbol(locale),
        "thousands": get_group_symbol(locale),
        "grouping": [3],
        "currency": [prefix.replace("¤", symbol), suffix.replace("¤", symbol)],
        "percent": percent or "%",
    }


@cache
def time_locale(lang: str) -> dict[str, Any]:
    """Vega's time locale: CLDR's month and day names and its short date and time patterns."""
    locale = Locale.parse(language(lang).locale)
    date, time = d3_pattern(locale.date_formats["short"].pattern), d3_pattern(locale.time_formats["medium"].pattern)
    days, months = locale.days["format"], locale.months["format"]
    periods = locale.periods
    return {
        "dateTime": f"{d3_pattern(locale.date_formats['full'].pattern)} {time}",
        "date": date.replace("%y", "%Y"),
        "time": time,
        "periods": [periods.get("am", "AM"), periods.get("pm", "PM")],
        "days": [days["wide"][i] for i in SUNDAY_FIRST],
        "shortDays": [days["abbreviated"][i] for i in SUNDAY_FIRST],
        "months": [months["wide"][i] for i in range(1, 13)],
        "shortMonths": [months["abbreviated"][i] for i in range(1, 13)],
    }


def _around_number(pattern: str) -> tuple[str, str, str]:
    """('¤', '#,##0.00', '') for '¤#,##0.00': the text before the number, the number, the text after it."""
    match = re.match(r"^([^#0,.]*)([#0,.]+)([^;]*)", pattern)
    return (match.group(1), match.group(2), match.group(3)) if match else ("", pattern, "")
