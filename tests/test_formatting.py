"""Numbers and dates as each language writes them (the brief: 63,6 in Norwegian, 63.6 in English)."""

from __future__ import annotations

from datetime import date

import pytest

from src.text import formatting


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [("nb", 63.6, "63,6"), ("en", 63.6, "63.6"), ("nb", 55.0, "55"), ("nb", 1292, "1\u00a0292"), ("en", 1292, "1,292")],
)
def test_number(lang: str, value: float, expected: str) -> None:
    assert formatting.number(value, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("nb", "43,6\u00a0%"), ("en", "43.6%")])
def test_percent_of_24_in_55(lang: str, expected: str) -> None:
    assert formatting.percent(24 / 55, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("nb", "28. mars 2017"), ("en", "28 March 2017")])
def test_day(lang: str, expected: str) -> None:
    assert formatting.day(date(2017, 3, 28), lang) == expected


@pytest.mark.parametrize(
    ("precision", "expected"),
    [("year", "2019"), ("month", "mars 2019"), ("day", "1. mars 2019"), (None, "1. mars 2019")],
)
def test_partial_date_says_no_more_than_its_source(precision: str | None, expected: str) -> None:
    assert formatting.partial_date(date(2019, 3, 1), precision, "nb") == expected


def test_missing_date_is_empty() -> None:
    assert formatting.partial_date(None, "day", "nb") == ""


def test_fixed_keeps_decimals() -> None:
    assert formatting.fixed(3.6, "nb") == "3,6"
    assert formatting.fixed(4.0, "nb") == "4,0"
