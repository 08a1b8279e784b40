"""Expiry radar: on a chosen day, which organisations hold a valid label, which must renew soon.

Note that an organisation's *latest label* is the record whose expiry is latest (the label that
keeps it labelled longest), not the latest-dated one: a register entry has no date but does
have an expiry, and a lower-level label awarded later may expire before a higher one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from src.facts import memo
from src.facts.events import RECORD_IDS, one_per_event
from src.facts.validity import EXPIRY, EXPIRY_PRECISION, INFERRED, with_expiry
from src.metrics.metrics import LEVEL_ORDER

MUST_RENEW_MONTHS = 6
VALID, EXPIRING, EXPIRED, UNKNOWN = "valid", "expiring", "expired", "unknown"
RADAR_COLUMNS = [
    "org_id", "name_as_written", "country", "level", "status", EXPIRY, INFERRED, EXPIRY_PRECISION, "record_id",
    RECORD_IDS,
]  # fmt: skip


def latest_labels(events: pd.DataFrame) -> pd.DataFrame:
    """One record per organisation: the one expiring last (then latest date, higher level, record id).

    Organisations with no known expiry keep their latest-dated record, with NaT as expiry. Rows
    sharing an `event_key` are one label first (`src.facts.events.one_per_event`).
    """
    ev = with_expiry(one_per_event(events))
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

    Note that labels dated after `on` are left out: on that day they did not exist yet. Rows are
    combined into events first, so an undated row of a later-dated event is left out with it.
    """
    labels = one_per_event(events)
    latest = latest_labels(labels[~(labels["date"] > pd.Timestamp(on)).fillna(False)])
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


@dataclass(frozen=True)
class RadarIndex:
    """The records sorted once in latest-label order, with their keys as plain arrays.

    Note that with a million records a new day or window must not re-sort anything: the day
    only masks out records dated after it, and the last row per organisation is the latest label.
    """

    events: pd.DataFrame
    org: np.ndarray
    dated: np.ndarray
    expiry: np.ndarray


@dataclass(frozen=True)
class Board:
    """The radar on one day: a row position in `RadarIndex.events` and a status per organisation."""

    positions: np.ndarray
    status: np.ndarray
    expiry: np.ndarray


def build_index(events: pd.DataFrame) -> RadarIndex:
    """Sort the label events as `latest_labels` does (once), and keep the columns the day filter reads.

    Note that one event reported by two rows is one entry, combining what the rows say (Eyde
    Cluster's first gold: the year from one page, the expiry from another).
    """
    ev = with_expiry(one_per_event(events))
    rank = ev["level"].map({level: i for i, level in enumerate(LEVEL_ORDER)}).astype("float64")
    order = ev.assign(_rank=rank).sort_values(
        ["org_id", EXPIRY, "date", "_rank", "record_id"], na_position="first", kind="stable"
    )
    order = order.drop(columns="_rank").reset_index(drop=True)
    org = pd.factorize(order["org_id"])[0]  # ids are sorted, so the codes rise with them
    return RadarIndex(
        events=order,
        org=org,
        dated=order["date"].to_numpy("datetime64[ns]"),
        expiry=order[EXPIRY].to_numpy("datetime64[ns]"),
    )


def board(index: RadarIndex, on: date, months: int = MUST_RENEW_MONTHS) -> Board:
    """Each organisation's latest label known on `on` (records dated later are left out) and its status."""
    known = np.flatnonzero(~(index.dated > np.datetime64(on, "ns")))  # undated records (NaT) stay
    org = index.org[known]
    last = known[np.append(org[1:] != org[:-1], True)] if len(known) else known
    expiry = index.expiry[last]
    return Board(last, statuses(pd.Series(expiry), on, months).to_numpy(), expiry)


def board_counts(shown: Board) -> dict[str, int]:
    """How many organisations are in each status on the board's day (every status, zero when none)."""
    return {status: int((shown.status == status).sum()) for status in (VALID, EXPIRING, EXPIRED, UNKNOWN)}


def board_rows(index: RadarIndex, shown: Board, chosen: np.ndarray, limit: int | None = None) -> pd.DataFrame:
    """Radar rows (`RADAR_COLUMNS`) for the board entries `chosen` (positions into the board), in that order."""
    picked = chosen[:limit] if limit is not None else chosen
    rows = index.events.iloc[shown.positions[picked]]
    return rows.assign(status=shown.status[picked])[RADAR_COLUMNS].reset_index(drop=True)


def due(shown: Board) -> np.ndarray:
    """Board entries expiring within the window, soonest first (ties in organisation order)."""
    chosen = np.flatnonzero(shown.status == EXPIRING)
    return chosen[np.argsort(shown.expiry[chosen], kind="stable")]


def recent(shown: Board, on: date, months: int) -> np.ndarray:
    """Board entries still valid, or lapsed within the last `months`, by expiry: the timeline's rows."""
    since = np.datetime64(pd.Timestamp(on) - pd.DateOffset(months=months), "ns")
    chosen = np.flatnonzero(shown.expiry >= since)
    return chosen[np.argsort(shown.expiry[chosen], kind="stable")]


_INDEXES: list[tuple[pd.DataFrame, RadarIndex]] = []
_INDEXES_KEPT = 4


def index_for(events: pd.DataFrame) -> RadarIndex:
    """`build_index(events)`, kept for the last few frames seen (a server holds one frame for its life).

    Note that the frame itself is the key (by identity, not by value): the data are read once and
    never changed in place, so the same object always means the same records.
    """
    return memo.by_identity(_INDEXES, events, build_index, _INDEXES_KEPT)
