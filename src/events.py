"""Label *events*, not rows: the rows that describe one award or renewal, combined into one.

Two pages may report the same award (NCE NODE's 2012 gold; Eyde Cluster's first gold). The
sources mark such rows with one `event_key`, and every count of labels counts distinct keys.
A register entry has no key: each register row is one label of its own.

Note that combining keeps what each row adds: the most precise date (a day beats a month beats a
year), the expiry one row states, the score another publishes. Every row stays in `record_ids`,
so the figure is still traceable to each page that reported it.
"""

from __future__ import annotations

import pandas as pd

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
RECORD_IDS = "record_ids"
ROWS = "rows"
# Columns filled from whichever row of the event states them (first in record order).
STATED_COLUMNS = ("valid_until", "valid_until_precision", "score_pct", "sector", "region")
DATE_COLUMNS = ("date", "date_precision", "year")


def event_ids(events: pd.DataFrame) -> pd.Series:
    """The event each row belongs to: its `event_key`, or its own record id when it has none."""
    if "event_key" not in events:
        return events["record_id"].astype("string")
    key = events["event_key"].astype("string")
    return key.where(key.notna() & key.ne(""), events["record_id"].astype("string"))


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
    count = int(event_ids(events).nunique())
    _COUNTS.insert(0, (events, count))
    del _COUNTS[_COUNTS_KEPT:]
    return count


def one_per_event(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event, in record order, with `record_ids` (every row behind it) and `rows` (how many).

    The event keeps its first row's record id, organisation, name, page and quote; its date is the
    most precise any row gives, and `STATED_COLUMNS` come from the first row that states them.
    """
    if RECORD_IDS in events:
        return events  # already one row per event
    ids = event_ids(events)
    shared = ids.duplicated(keep=False).to_numpy()
    if not shared.any():
        return events.assign(**{RECORD_IDS: events["record_id"].astype("string"), ROWS: 1})
    single = events[~shared].assign(**{RECORD_IDS: events.loc[~shared, "record_id"].astype("string"), ROWS: 1})
    return pd.concat([single, _combined(events[shared], ids[shared])]).sort_values("record_id", kind="stable")


def _combined(rows: pd.DataFrame, ids: pd.Series) -> pd.DataFrame:
    """Each group of rows sharing a key as one row (see `one_per_event`)."""
    ordered = rows.assign(_event=ids.to_numpy()).sort_values("record_id", kind="stable")
    groups = ordered.groupby("_event", sort=False)
    first = groups.head(1).set_index("_event")
    precision = ordered["date_precision"].map(PRECISION_RANK).astype("float64").fillna(len(PRECISION_RANK))
    best_date = ordered.assign(_p=precision).sort_values(["_p", "date", "record_id"], kind="stable")
    dated = best_date.drop_duplicates("_event").set_index("_event")
    out = first.copy()
    for column in DATE_COLUMNS:
        out[column] = dated[column].reindex(out.index)
    stated = [c for c in STATED_COLUMNS if c in ordered]
    known = groups[stated].first()  # first value that is not missing
    for column in stated:
        out[column] = known[column].reindex(out.index).astype(ordered[column].dtype)
    out[RECORD_IDS] = groups["record_id"].agg(", ".join).reindex(out.index).astype("string")
    out[ROWS] = groups.size().reindex(out.index)
    return out.reset_index(drop=True)


def rows_per_event(events: pd.DataFrame) -> pd.Series:
    """For each row, how many rows describe its event (1 for a row that stands alone)."""
    ids = event_ids(events)
    return ids.map(ids.value_counts()).astype("int64")
