"""Numbers, percentages and dates in the reader's language, through babel (CLDR data, offline).

Note that hand-written replace('.', ',') breaks on thousands separators and percent spacing;
babel knows that Norwegian writes `43,6 %` and English `43.6%`.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import pandas as pd
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent, parse_pattern

from src.text.languages import DEFAULT_LANG, language


def locale_of(lang: str) -> str:
    """Babel locale for a UI language (from the language table); unknown languages fall back to Norwegian."""
    return language(lang).locale


def number(value: float, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """63.6 → '63,6' (nb) or '63.6' (en); whole numbers get no decimals ('55')."""
    return fixed(value, lang, 0 if float(value).is_integer() else decimals)


def fixed(value: float, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """Always `decimals` decimals: 3.6 → '3,6', 3.0 → '3,0'."""
    pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
    return format_decimal(value, format=pattern, locale=locale_of(lang))


def percent(share: float, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """0.436 → '43,6 %' (nb, da) or '43.6%' (en): CLDR's percent pattern with `decimals` decimals."""
    prefix, suffix = _percent_affixes(lang)
    pattern = prefix + ("#,##0." + "0" * decimals if decimals else "#,##0") + suffix
    return format_percent(share, format=pattern, locale=locale_of(lang))


@cache
def _percent_affixes(lang: str) -> tuple[str, str]:
    """What CLDR writes around a percentage ('', '\u00a0%' in nb and da; '', '%' in en), looked up once."""
    cldr = parse_pattern(Locale.parse(locale_of(lang)).percent_formats[None].pattern)
    return str(cldr.prefix[0]), str(cldr.suffix[0])


def day(value: date | pd.Timestamp, lang: str = DEFAULT_LANG) -> str:
    """2017-03-28 → '28. mars 2017' (nb), '28 March 2017' (en) or '28. marts 2017' (da)."""
    return format_date(_as_date(value), format="long", locale=locale_of(lang))


def partial_date(value: date | pd.Timestamp | None, precision: str | None, lang: str = DEFAULT_LANG) -> str:
    """A date written only as precisely as its source: '2019', 'mars 2019' or '18. april 2012'."""
    if value is None or pd.isna(value):
        return ""
    if precision == "year":
        return str(_as_date(value).year)
    if precision == "month":
        return format_date(_as_date(value), format=language(lang).month_format, locale=locale_of(lang))
    return day(value, lang)


ISO_PATTERNS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


def iso_partial(value: date | pd.Timestamp | None, precision: str | None) -> str:
    """A date in ISO form only as precisely as its source: '2019', '2019-03' or '2019-03-28' ('' when missing).

    Note that the sources store '2019' as 2019-01-01; written out, that would claim a day nobody gave.
    These sort as dates even as text, which a column of '18. april 2012' does not.
    """
    if value is None or pd.isna(value):
        return ""
    return pd.Timestamp(value).strftime(ISO_PATTERNS.get(str(precision or "day"), ISO_PATTERNS["day"]))


def _as_date(value: date | pd.Timestamp) -> date:
    return value.date() if isinstance(value, pd.Timestamp) else value
