"""Counting label events, not rows, on a small hand-made register with duplicate keys.

Every expected value below is worked out by hand from the eight rows of `REGISTER` (the reasoning
is in the comments), never produced by the code under test.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from src.facts.events import event_count, one_per_event, rows_per_event
from src.facts.synthetic import events_frame
from src.facts.validity import unknown_expiry_count
from src.metrics import metrics, radar
from src.metrics.follow_up import follow_up_from_records

# t-000 and t-001: one gold award of organisation a, reported to the day and to the month.
# t-003 and t-004: one silver award of b; one page gives the year, the other the expiry (like Eyde Cluster).
# t-006 and t-007: one undated bronze award of d, reported twice.
REGISTER = [
    {"org_id": "a", "country": "NO", "level": "gold", "event": "awarded", "event_key": "a-gold-1",
     "date": "2012-04-18", "date_precision": "day"},
    {"org_id": "a", "country": "NO", "level": "gold", "event": "awarded", "event_key": "a-gold-1",
     "date": "2012-04-01", "date_precision": "month"},
    {"org_id": "a", "country": "NO", "level": "gold", "event": "renewed", "event_key": "a-gold-2",
     "date": "2014-03-01", "date_precision": "day", "score_pct": 91},
    {"org_id": "b", "country": "DK", "level": "silver", "event": "awarded", "event_key": "b-silver-1",
     "date": "2016-01-01", "date_precision": "year"},
    {"org_id": "b", "country": "DK", "level": "silver", "event": "awarded", "event_key": "b-silver-1",
     "date": None, "date_precision": None, "valid_until": "2018-06-30"},
    {"org_id": "c", "country": "DK", "level": "bronze", "event": "register_entry", "event_key": None,
     "date": None, "date_precision": None, "valid_until": "2015-01-31"},
    {"org_id": "d", "country": "NO", "level": "bronze", "event": "awarded", "event_key": "d-bronze-1",
     "date": None, "date_precision": None},
    {"org_id": "d", "country": "NO", "level": "bronze", "event": "awarded", "event_key": "d-bronze-1",
     "date": None, "date_precision": None},
]  # fmt: skip
ALL = (["NO", "DK"], ["bronze", "silver", "gold"])


@pytest.fixture
def register() -> pd.DataFrame:
    return events_frame(REGISTER)


def test_eight_rows_are_five_events(register: pd.DataFrame) -> None:
    # a-gold-1, a-gold-2, b-silver-1, d-bronze-1, and c's register row (a label of its own)
    assert event_count(register) == 5
    assert list(rows_per_event(register)) == [2, 2, 1, 2, 2, 1, 2, 2]


def test_one_event_combines_what_its_rows_say(register: pd.DataFrame) -> None:
    events = one_per_event(register).set_index("record_id")
    assert list(events.index) == ["t-000", "t-002", "t-003", "t-005", "t-006"]
    # a's award: the day from t-000 beats the month from t-001
    assert events.loc["t-000", "date"] == pd.Timestamp("2012-04-18")
    assert events.loc["t-000", "date_precision"] == "day"
    assert events.loc["t-000", "record_ids"] == "t-000, t-001"
    # b's award: the year from t-003, the expiry from t-004
    assert (events.loc["t-003", "year"], events.loc["t-003", "valid_until"]) == (2016, pd.Timestamp("2018-06-30"))
    assert events.loc["t-003", "rows"] == 2
    assert events.loc["t-002", "score_pct"] == 91


def test_labels_per_year_counts_events(register: pd.DataFrame) -> None:
    per_year = metrics.labels_per_year(register, *ALL, (2010, 2030))
    got = {(r.year, r.country, r.level): (r.labels, r.record_ids) for r in per_year.itertuples()}
    # a's award once in 2012 (both rows behind it), a's renewal in 2014, b's silver in 2016 (dated by t-003)
    assert got == {
        (2012, "NO", "gold"): (1, "t-000, t-001"),
        (2014, "NO", "gold"): (1, "t-002"),
        (2016, "DK", "silver"): (1, "t-003, t-004"),
    }


def test_undated_counts_events(register: pd.DataFrame) -> None:
    # d's award (two undated rows, one event) and c's register row; b's t-004 is dated by t-003
    assert metrics.undated_count(register, *ALL) == 2
    assert metrics.undated_count(register, ["NO"], ["bronze"]) == 1
    assert metrics.undated_count(register, *ALL[:1], ["gold", "silver"]) == 0


def test_unknown_expiry_counts_events(register: pd.DataFrame) -> None:
    # only d's award has neither a date nor an expiry in any row (it has two rows: still one label)
    assert unknown_expiry_count(register) == 1


def test_follow_up_from_records_counts_organisations_by_their_events(register: pd.DataFrame) -> None:
    per_org, summary = follow_up_from_records(register, as_of=date(2020, 1, 1))
    status = dict(zip(per_org["org_id"], per_org["status"], strict=True))
    # a: gold 2012-04-18 valid 2 years (to 2014-04-18); renewed 2014-03-01 in time -> followed up.
    # b: silver 2016, stated expiry 2018-06-30, no later label by 2020 -> lapsed.
    # c: only a register row without a date; d: only undated rows -> both undated.
    assert status == {"a": "followed_up", "b": "lapsed", "c": "undated", "d": "undated"}
    assert (summary.followed_up, summary.decided, summary.undated) == (1, 2, 2)
    row_b = per_org.set_index("org_id").loc["b"]
    assert row_b["expiry"] == pd.Timestamp("2018-06-30") and not row_b["valid_until_inferred"]
    assert per_org.set_index("org_id").loc["a", "record_ids"] == "t-000, t-001, t-002"


@pytest.mark.parametrize(
    ("on", "expected", "present"),
    [
        # b's award is dated 2016, so on 2015-06-01 it does not exist yet, though t-004 has no date;
        # a's renewal (2014-03-01 + 2 years = 2016-03-01) is valid, c's register row lapsed 2015-01-31.
        (date(2015, 6, 1), {"valid": 1, "expiring": 0, "expired": 1, "unknown": 1}, ["a", "c", "d"]),
        # b's expiry 2018-06-30 falls within six months of 2018-03-01; a and c have lapsed.
        (date(2018, 3, 1), {"valid": 0, "expiring": 1, "expired": 2, "unknown": 1}, ["a", "b", "c", "d"]),
    ],
)
def test_radar_shows_one_event_once(
    register: pd.DataFrame, on: date, expected: dict[str, int], present: list[str]
) -> None:
    board = radar.radar(register, on)
    assert list(board["org_id"]) == present
    assert radar.status_counts(board) == expected
    index = radar.build_index(register)
    shown = radar.board(index, on)
    assert radar.board_counts(shown) == expected
    assert len(index.events) == 5  # five events, not eight rows


def test_radar_row_names_every_record_behind_the_event(register: pd.DataFrame) -> None:
    board = radar.radar(register, date(2018, 3, 1)).set_index("org_id")
    assert board.loc["b", "record_ids"] == "t-003, t-004"
    assert board.loc["b", "expiry"] == pd.Timestamp("2018-06-30")
    assert not board.loc["b", "valid_until_inferred"]  # the expiry is stated by t-004, not worked out


def test_rows_without_shared_keys_are_left_alone(register: pd.DataFrame) -> None:
    unique = register.assign(event_key=register["record_id"])
    assert event_count(unique) == 8
    assert len(one_per_event(unique)) == 8
