"""Expiry radar: on a chosen day, which organisations hold a valid label, which must renew soon.

Note that an organisation's *latest label* is the record whose expiry is latest (the label that
keeps it labelled longest), not the latest-dated one: a register entry has no date but does
have an expiry, and a lower-level label awarded later may expire before a higher one.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from src.metrics import LEVEL_ORDER
from src.validity import EXPIRY, INFERRED, with_expiry

MUST_RENEW_MONTHS = 6
VALID, EXPIRING, EXPIRED, UNKNOWN = "valid", "expiring", "expired", "unknown"
RADAR_COLUMNS = ["org_id", "name_as_written", "country", "level", "status", EXPIRY, INFERRED, "record_id"]


def latest_labels(events: pd.DataFrame) -> pd.DataFrame:
    """One record per organisation: the one expiring last (then latest date, higher level, record id).

    Organisations with no known expiry keep their latest-dated record, with NaT as expiry.
    """
    ev = with_expiry(events)
    rank = ev["level"].map({level: i for i, level in enumerate(LEVEL_ORDER)}).astype("float64")
    order = ev.assign(_rank=rank).sort_values(
        ["org_id", EXPIRY, "date", "_rank", "record_id"], na_position="first", kind="stable"
    )
    return order.drop_duplicates("org_id", keep="last").drop(columns="_rank")


def statuses(expiry: pd.Series, on: date, months: int) -> pd.Series:
    """valid / expiring (on or before `on` + `months`) / expired (before `on`) / unknown (no expiry)."""
    today = pd.Timestamp(on)
    horizon = today + pd.DateOffset(months=months)
    labels = np.select(
        [expiry.isna().to_numpy(), (expiry < today).fillna(False), (expiry <= horizon).fillna(False)],
        [UNKNOWN, EXPIRED, EXPIRING],
        default=VALID,
    )
    return pd.Series(labels, index=expiry.index)


def radar(events: pd.DataFrame, on: date, months: int = MUST_RENEW_MONTHS) -> pd.DataFrame:
    """Per organisation on day `on`: its latest label's level, country, expiry, inferred flag and status.

    Note that records dated after `on` are left out: on that day those labels did not exist yet.
    """
    latest = latest_labels(events[~(events["date"] > pd.Timestamp(on)).fillna(False)])
    out = latest.assign(status=statuses(latest[EXPIRY], on, months))
    return out[RADAR_COLUMNS].sort_values("org_id").reset_index(drop=True)


def must_renew(events: pd.DataFrame, on: date, months: int = MUST_RENEW_MONTHS) -> pd.DataFrame:
    """Organisations whose latest label expires within `months` of `on` (six by default), soonest first."""
    board = radar(events, on, months)
    due = board[board["status"] == EXPIRING]
    return due.sort_values([EXPIRY, "org_id"], kind="stable").reset_index(drop=True)


def status_counts(board: pd.DataFrame) -> dict[str, int]:
    """How many organisations are in each status (every status present, zero when none)."""
    counts = board["status"].value_counts()
    return {status: int(counts.get(status, 0)) for status in (VALID, EXPIRING, EXPIRED, UNKNOWN)}
