"""Expiry radar on hand-made events: latest label, status on a chosen day, the must-renew list."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from src.facts.synthetic import events_frame
from src.metrics.radar import EXPIRED, EXPIRING, UNKNOWN, VALID, must_renew, radar, status_counts

ON = date(2024, 6, 1)
EVENTS = events_frame(
    [
        {"org_id": "valid", "level": "gold", "date": "2023-01-10"},  # gold ≥ 2020: 3 years → 2026-01-10
        {"org_id": "soon", "event": "register_entry", "valid_until": "2024-09-30"},
        {"org_id": "sooner", "level": "silver", "date": "2022-07-15"},  # → 2024-07-15
        {"org_id": "edge", "event": "register_entry", "valid_until": "2024-12-01"},  # exactly six months on
        {"org_id": "gone", "level": "bronze", "date": "2019-05-01"},  # → 2021-05-01
        {"org_id": "nobody-knows", "level": "bronze"},
        {"org_id": "today", "event": "register_entry", "valid_until": "2024-06-01"},  # last valid day is today
        {"org_id": "upgraded", "level": "bronze", "date": "2021-01-01"},
        {"org_id": "upgraded", "level": "gold", "date": "2023-05-05"},  # → 2026-05-05
        {"org_id": "future", "level": "gold", "date": "2025-01-01"},  # not awarded yet on ON
    ]
)


@pytest.mark.parametrize(
    ("org", "status", "level"),
    [
        ("valid", VALID, "gold"),
        ("soon", EXPIRING, "bronze"),
        ("sooner", EXPIRING, "silver"),
        ("edge", EXPIRING, "bronze"),
        ("gone", EXPIRED, "bronze"),
        ("nobody-knows", UNKNOWN, "bronze"),
        ("today", EXPIRING, "bronze"),
        ("upgraded", VALID, "gold"),
    ],
)
def test_status_of_latest_label(org: str, status: str, level: str) -> None:
    row = radar(EVENTS, ON).set_index("org_id").loc[org]
    assert (row["status"], row["level"]) == (status, level)


def test_labels_awarded_after_the_day_are_not_known_yet() -> None:
    assert "future" not in set(radar(EVENTS, ON)["org_id"])


def test_must_renew_sorted_by_expiry_with_inferred_flag() -> None:
    due = must_renew(EVENTS, ON)
    assert list(due["org_id"]) == ["today", "sooner", "soon", "edge"]
    assert list(due["valid_until_inferred"]) == [False, True, False, False]
    assert due["expiry"].is_monotonic_increasing


def test_window_is_a_parameter() -> None:
    assert list(must_renew(EVENTS, ON, months=2)["org_id"]) == ["today", "sooner"]


def test_counts_cover_every_status() -> None:
    counts = status_counts(radar(EVENTS, ON))
    assert counts == {VALID: 2, EXPIRING: 4, EXPIRED: 1, UNKNOWN: 1}


def test_shipped_records_one_row_per_organisation(tables) -> None:  # type: ignore[no-untyped-def]
    board = radar(tables.label_events, date(2030, 1, 1))
    assert board["org_id"].is_unique
    assert set(board["status"]) <= {VALID, EXPIRING, EXPIRED, UNKNOWN}
    assert board.loc[board["status"] == UNKNOWN, "expiry"].isna().all()
    assert pd.api.types.is_bool_dtype(board["valid_until_inferred"])


@pytest.mark.parametrize("on", [date(2012, 6, 1), date(2016, 2, 29), date(2019, 12, 31), date(2024, 6, 1)])
def test_indexed_board_matches_the_plain_radar(on: date) -> None:
    """The fast path (sorted once, masked per day) gives the plain pandas radar, row for row."""
    from src.facts.synthetic import synthetic_events
    from src.metrics.radar import board, board_counts, board_rows, build_index

    events = synthetic_events(3_000, seed=11)
    plain = radar(events, on, 9)
    index = build_index(events)
    shown = board(index, on, 9)
    fast = board_rows(index, shown, np.arange(len(shown.positions)))
    pd.testing.assert_frame_equal(fast, plain)
    assert board_counts(shown) == status_counts(plain)


def test_due_and_recent_rows_come_soonest_first() -> None:
    from src.metrics.radar import board, board_rows, build_index, due, recent

    index = build_index(EVENTS)
    shown = board(index, ON)
    due_rows = board_rows(index, shown, due(shown))
    assert list(due_rows["org_id"]) == list(must_renew(EVENTS, ON)["org_id"])
    timeline = board_rows(index, shown, recent(shown, ON, 6))
    assert list(timeline["org_id"]) == ["today", "sooner", "soon", "edge", "valid", "upgraded"]
