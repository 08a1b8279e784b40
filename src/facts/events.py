"""Label *events*, not rows: the rows that describe one award or renewal, combined into one.

Two pages may report the same award (NCE NODE's 2012 gold; Eyde Cluster's first gold). The
sources mark such rows with one `event_key`, and every count of labels counts distinct keys.
A register entry has no key: each register row is one label of its own.

Note that combining keeps what each row adds: the most precise date (a day beats a month beats a
year), the expiry one row states, the score another publishes. Every row stays in `record_ids`,
so the figure is still traceable to each page that reported it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from src.facts import memo

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
RECORD_IDS = "record_ids"
ROWS = "rows"
# Columns filled from whichever row of the event states them (first in record order).
STATED_COLUMNS = ("valid_until", "valid_until_precision", "score_pct", "sector", "region")
DATE_COLUMNS = ("date", "date_precision", "year")


def _codes(events: pd.DataFrame) -> np.ndarray:
    """Each row's `event_key` as an integer code, -1 where it has none (missing or empty).

    Note that factorizing once and counting codes is the cheapest way to find shared keys among a
    million Arrow-backed strings (hashing them as Python objects is several times slower).
    """
    if "event_key" not in events:
        return np.full(len(events), -1, dtype=np.int64)
    codes, uniques = pd.factorize(events["event_key"], use_na_sentinel=True)
    codes = np.asarray(codes, dtype=np.int64)
    empty = np.flatnonzero(np.asarray(uniques, dtype=object) == "")
    if len(empty):
        codes[codes == empty[0]] = -1
    return codes


def _rows_per_code(codes: np.ndarray) -> np.ndarray:
    """For each row, how many rows share its code (1 for a row without a key)."""
    counts = np.bincount(codes[codes >= 0], minlength=int(codes.max(initial=-1)) + 1)
    return np.where(codes >= 0, counts[np.maximum(codes, 0)] if len(counts) else 1, 1)


def event_ids(events: pd.DataFrame) -> pd.Series:
    """The event each row belongs to: its `event_key`, or its own record id when it has none."""
    keyed = _codes(events) >= 0
    ids = events["record_id"].to_numpy(dtype=object).copy()
    ids[keyed] = events["event_key"].to_numpy(dtype=object)[keyed]
    return pd.Series(ids, index=events.index, dtype=object)


_COUNTS: list[tuple[pd.DataFrame, int]] = []
_COUNTS_KEPT = 4


def event_count(events: pd.DataFrame) -> int:
    """How many distinct label events the rows describe (register rows count one each).

    Note that source lines ask this on every chart, so the count is kept for the last few frames
    seen, keyed by the frame itself (the data are read once and never changed in place).
    """
    for frame, count in _COUNTS:
        if frame is events:
            return count
    codes = _codes(events)
    count = int(np.count_nonzero(np.bincount(codes[codes >= 0]))) + int((codes < 0).sum())
    _COUNTS.insert(0, (events, count))
    del _COUNTS[_COUNTS_KEPT:]
    return count


def rows_per_event(events: pd.DataFrame) -> pd.Series:
    """For each row, how many rows describe its event (1 for a row that stands alone)."""
    return pd.Series(_rows_per_code(_codes(events)).astype("int64"), index=events.index)


_EVENTS: list[tuple[pd.DataFrame, pd.DataFrame]] = []
_EVENTS_KEPT = 4


def one_per_event(events: pd.DataFrame) -> pd.DataFrame:
    """`combine_rows(events)`, kept for the last few frames seen (keyed by the frame itself, as
    `event_count`): the app's one table of records is combined once per process, then filtered.

    Note that the result is shared: callers must not change it in place (they `assign`).
    """
    if RECORD_IDS in events:
        return events  # already one row per event
    return memo.by_identity(_EVENTS, events, combine_rows, _EVENTS_KEPT)


def combine_rows(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event, in the frame's (record) order, with `record_ids` (every row behind it) and
    `rows` (how many).

    The event keeps its first row's record id, organisation, name, page and quote; its date is the
    most precise any row gives, and `STATED_COLUMNS` come from the first row that states them.
    Note that only the rows sharing a key are regrouped: a million rows with a few shared keys
    cost one filter, not a sort.
    """
    codes = _codes(events)
    shared = _rows_per_code(codes) > 1
    own = {RECORD_IDS: events["record_id"].astype("string"), ROWS: 1}
    if not shared.any():
        return events.assign(**own)
    positions = np.flatnonzero(shared)
    _, first_of = np.unique(codes[positions], return_index=True)
    first = np.zeros(len(events), dtype=bool)
    first[positions[first_of]] = True
    keep = ~shared | first
    out = events.assign(**own)[keep]
    combined = _combined(events[shared], codes[shared]).reindex(codes[first])
    at = np.flatnonzero(first[keep])
    for column in combined.columns:
        values = out[column].copy()
        values.iloc[at] = pd.array(combined[column].to_numpy(), dtype=values.dtype)
        out[column] = values
    return out


def _combined(rows: pd.DataFrame, codes: np.ndarray) -> pd.DataFrame:
    """Per shared key (by its code): the best date, the stated values, every record id and the row count."""
    ordered = rows.assign(_event=codes)
    groups = ordered.groupby("_event", sort=False)
    precision = ordered["date_precision"].map(PRECISION_RANK).astype("float64").fillna(len(PRECISION_RANK))
    best_date = ordered.assign(_p=precision).sort_values(["_p", "date", "record_id"], kind="stable")
    out = best_date.drop_duplicates("_event").set_index("_event")[list(DATE_COLUMNS)]
    stated = [c for c in STATED_COLUMNS if c in ordered]
    out[stated] = groups[stated].first().reindex(out.index)  # first value that is not missing
    out[RECORD_IDS] = groups["record_id"].agg(lambda ids: ", ".join(map(str, ids))).reindex(out.index)
    out[ROWS] = groups.size().reindex(out.index)
    return out
