"""Records added, removed and changed between two releases, per field, each with its source.

Records are matched across releases by a key built from what every release's rows have (so release
1, without `event_key`, matches too), in passes:

1. the full key (`MATCH_KEYS[file][0]`; for label records organisation, level, date and source URL),
   rows sharing a full key matched in file order;
2. a looser key (label records: organisation, level and source URL) for the rows left over, only
   where it is unique on both sides, so a record whose date was corrected shows as *changed* (date
   before → after) rather than removed and added.

Rows still unmatched are *removed* (only in the older release) or *added* (only in the newer one). A
column only one release has (release 2 added `event_key`) is one row of its own ("column added"),
not a change of every record. The comparison reads the files as text, exactly as kept.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

ADDED, REMOVED, CHANGED, COLUMN_ADDED, COLUMN_REMOVED = "added", "removed", "changed", "column_added", "column_removed"
CHANGE_COLUMNS = ["file", "change", "record", "field", "before", "after", "source", "row_before", "row_after"]
FIRST_ROW = 2  # the CSV line of a file's first record (line 1 is the header)

MATCH_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "label_records": (("organisation", "level", "date", "source_url"), ("organisation", "level", "source_url")),
    "figures": (("figure_id",),),
    "sources": (("source_id",),),
    "context_facts": (("fact_id",),),
    "alias_sources": (("old_name", "new_name"),),
    "discrepancies": (("discrepancy_id",),),
    "aliases": (("alias",),),
}
LABEL_COLUMNS = {"label_records": ("organisation", "level", "event", "date", "valid_until")}
SOURCE_COLUMN = {
    "label_records": "source_url",
    "figures": "source_id",
    "sources": "url",
    "context_facts": "source_url",
    "alias_sources": "source_url",
    "discrepancies": "source_a_url",
    "aliases": "basis",
}


def diff_releases(older: dict[str, pd.DataFrame], newer: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every difference between two releases' source files (text frames by name), in `CHANGE_COLUMNS`."""
    parts = [diff_file(name, older.get(name), newer.get(name)) for name in MATCH_KEYS]
    return pd.concat([p for p in parts if len(p)] or [parts[0]], ignore_index=True)


def diff_file(name: str, old: pd.DataFrame | None, new: pd.DataFrame | None) -> pd.DataFrame:
    """The differences in one file; a file only one release has is all added or all removed."""
    old = old if old is not None else pd.DataFrame()
    new = new if new is not None else pd.DataFrame()
    rows: list[dict[str, object]] = []
    if len(old.columns) and len(new.columns):
        rows += _column_rows(name, old, new)
    pairs, gone, fresh = match(name, old, new)
    shared = [c for c in old.columns if c in new.columns]
    for i, j in pairs:
        rows += [
            _row(name, CHANGED, new.loc[j], field, old.at[i, field], new.at[j, field], i, j)
            for field in shared
            if old.at[i, field] != new.at[j, field]
        ]
    rows += [_row(name, REMOVED, old.loc[i], "", "", "", i, None) for i in gone]
    rows += [_row(name, ADDED, new.loc[j], "", "", "", None, j) for j in fresh]
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS).astype({"row_before": "Int64", "row_after": "Int64"})


def _column_rows(name: str, old: pd.DataFrame, new: pd.DataFrame) -> list[dict[str, object]]:
    added = [c for c in new.columns if c not in old.columns]
    removed = [c for c in old.columns if c not in new.columns]
    return [_schema_row(name, COLUMN_ADDED, c) for c in added] + [_schema_row(name, COLUMN_REMOVED, c) for c in removed]


def _schema_row(name: str, change: str, column: str) -> dict[str, object]:
    return dict.fromkeys(CHANGE_COLUMNS, "") | {"file": name, "change": change, "field": column,
                                                "row_before": None, "row_after": None}  # fmt: skip


def match(name: str, old: pd.DataFrame, new: pd.DataFrame) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(matched index pairs, old rows unmatched, new rows unmatched), by the file's keys in order."""
    left, right = list(old.index), list(new.index)
    pairs: list[tuple[int, int]] = []
    for depth, key in enumerate(MATCH_KEYS[name]):
        if not all(c in old.columns and c in new.columns for c in key):
            continue
        found = _pairs(old.loc[left], new.loc[right], key, unique_only=depth > 0)
        pairs += found
        matched_old, matched_new = {i for i, _ in found}, {j for _, j in found}
        left = [i for i in left if i not in matched_old]
        right = [j for j in right if j not in matched_new]
    return pairs, left, right


def _pairs(old: pd.DataFrame, new: pd.DataFrame, key: Sequence[str], unique_only: bool) -> list[tuple[int, int]]:
    """Rows of both sides with the same key: the n-th of a key with the n-th, or only keys unique on both."""

    def keyed(frame: pd.DataFrame) -> dict[tuple[object, ...], list[int]]:
        groups: dict[tuple[object, ...], list[int]] = {}
        for index, values in zip(frame.index, frame[list(key)].itertuples(index=False, name=None), strict=True):
            groups.setdefault(tuple(values), []).append(int(index))
        return groups

    before, after = keyed(old), keyed(new)
    pairs = []
    for value, olds in before.items():
        news = after.get(value, [])
        if unique_only and (len(olds) != 1 or len(news) != 1):
            continue
        pairs += list(zip(olds, news, strict=False))
    return pairs


def _row(name: str, change: str, record: pd.Series, field: str, before: object, after: object,
         i: int | None, j: int | None) -> dict[str, object]:  # fmt: skip
    label_columns = LABEL_COLUMNS.get(name, MATCH_KEYS[name][0])
    label = " · ".join(str(record[c]) for c in label_columns if c in record and str(record[c]))
    source_column = SOURCE_COLUMN[name]
    return {
        "file": name,
        "change": change,
        "record": label,
        "field": field,
        "before": before,
        "after": after,
        "source": str(record[source_column]) if source_column in record else "",
        "row_before": None if i is None else i + FIRST_ROW,
        "row_after": None if j is None else j + FIRST_ROW,
    }
