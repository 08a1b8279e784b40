"""Expiry of a label event: stated valid_until wins, else date + validity of level and time (flagged)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from src.facts.synthetic import events_frame
from src.facts.validity import GOLD_CUTOVER_YEAR, unknown_expiry_count, with_expiry

CASES = [
    # (case, row, expected expiry, inferred)
    ("stated day", {"valid_until": "2017-03-03", "event": "register_entry"}, "2017-03-03", False),
    (
        "stated month → end of month",
        {"valid_until": "2021-06-01", "valid_until_precision": "month"},
        "2021-06-30",
        False,
    ),
    (
        "stated wins over rule",
        {"date": "2021-01-10", "level": "gold", "valid_until": "2023-10-31"},
        "2023-10-31",
        False,
    ),
    ("first bronze 2 years", {"date": "2015-05-20", "level": "bronze"}, "2017-05-20", True),
    ("bronze renewal 3 years", {"date": "2015-05-20", "level": "bronze", "event": "renewed"}, "2018-05-20", True),
    ("silver 2 years", {"date": "2017-05-22", "level": "silver"}, "2019-05-22", True),
    ("gold before cut-over 2 years", {"date": "2019-10-17", "level": "gold"}, "2021-10-17", True),
    ("gold from cut-over 3 years", {"date": "2020-04-01", "level": "gold"}, "2023-04-01", True),
    ("month date → end of month", {"date": "2016-09-01", "date_precision": "month"}, "2018-09-30", True),
    ("year date → end of year", {"date": "2015-01-01", "date_precision": "year"}, "2017-12-31", True),
    ("leap day", {"date": "2016-02-29", "level": "silver"}, "2018-02-28", True),
]


@pytest.mark.parametrize(("case", "row", "expected", "inferred"), CASES, ids=[c[0] for c in CASES])
def test_expiry(case: str, row: dict[str, Any], expected: str, inferred: bool) -> None:
    result = with_expiry(events_frame([{"org_id": "x", **row}])).iloc[0]
    assert result["expiry"] == pd.Timestamp(expected)
    assert bool(result["valid_until_inferred"]) is inferred


def test_no_date_and_no_valid_until_is_unknown_and_counted() -> None:
    events = events_frame([{"org_id": "a"}, {"org_id": "b", "date": "2015-01-01"}])
    result = with_expiry(events)
    assert pd.isna(result["expiry"].iloc[0])
    assert not result["valid_until_inferred"].iloc[0]
    assert unknown_expiry_count(events) == 1


def test_cut_over_is_named_and_documented() -> None:
    import src.facts.validity as validity

    assert GOLD_CUTOVER_YEAR == 2020
    assert "assumption" in (validity.validity_years.__doc__ or "")


def test_shipped_records_register_entries_keep_their_stated_expiry(tables) -> None:  # type: ignore[no-untyped-def]
    result = with_expiry(tables.label_events)
    register = result[result["event"] == "register_entry"]
    assert (register["expiry"] == register["valid_until"]).all()
    assert not register["valid_until_inferred"].any()
