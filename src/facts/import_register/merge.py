"""Step 4: merge checked rows into label_records.csv idempotently, and say what changed.

Note that a row's identity is `layouts.IDENTITY`: a row already recorded is left alone, or has its
empty or different details (`layouts.UPDATABLE`) filled in, but an empty incoming cell never erases
one. So importing the same file twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from src.facts.import_register.layouts import IDENTITY, RECORD_COLUMNS, UPDATABLE, Mapped


@dataclass(frozen=True)
class Outcome:
    """What an import did (or, in a dry run, would do)."""

    added: pd.DataFrame
    changed: list[str]
    unchanged: int
    duplicates: int
    notes: list[str]
    written: bool


def merge_records(existing: pd.DataFrame, mapped: Mapped, name: str, today: date) -> tuple[pd.DataFrame, Outcome]:
    """Existing rows with the new rows appended and changed details filled in; identical rows left alone."""
    incoming = mapped.rows.assign(file_row=mapped.lines)
    duplicates = int(incoming.duplicated(IDENTITY).sum())
    incoming = incoming.drop_duplicates(IDENTITY)
    lookup = existing.reset_index(names="existing_pos").drop_duplicates(IDENTITY)[
        ["existing_pos", *IDENTITY, *UPDATABLE]
    ]
    joined = incoming.merge(lookup, on=IDENTITY, how="left", suffixes=("", "_old"))
    is_new = joined["existing_pos"].isna().to_numpy()
    merged, changed = _apply_changes(existing, joined[~is_new], name, today)
    added = joined.loc[is_new, [*RECORD_COLUMNS, "file_row"]]
    notes = _possible_duplicates(existing, added)
    unchanged = int((~is_new).sum()) - len(changed)
    outcome = Outcome(added, changed, unchanged, duplicates, notes, written=False)
    return pd.concat([merged, added[RECORD_COLUMNS]], ignore_index=True), outcome


def _apply_changes(
    existing: pd.DataFrame, matches: pd.DataFrame, name: str, today: date
) -> tuple[pd.DataFrame, list[str]]:
    """Fill in details that differ (an empty incoming cell never erases one); describe each change."""
    merged, changed = existing.copy(), []
    for row in matches.itertuples(index=False):
        record = row._asdict()
        diffs = {c: record[c] for c in UPDATABLE if record[c] != "" and record[c] != record[f"{c}_old"]}
        if not diffs:
            continue
        pos = int(record["existing_pos"])
        merged.loc[pos, list(diffs)] = list(diffs.values())
        note = f"Updated from {name} row {record['file_row']} on {today.isoformat()}"
        merged.loc[pos, "source_quote"] = f"{merged.loc[pos, 'source_quote']} | {note}"
        what = ", ".join(f"{c}: {record[f'{c}_old']!r} → {v!r}" for c, v in diffs.items())
        changed.append(f"row {record['file_row']} {record['organisation']}: {what}")
    return merged, changed


def _possible_duplicates(existing: pd.DataFrame, added: pd.DataFrame) -> list[str]:
    """New rows that match an existing row in everything but the source link (worth a look)."""
    key = [c for c in IDENTITY if c != "source_url"]
    both = added.merge(existing[key].drop_duplicates(), on=key)
    return [
        f"{r.organisation} ({r.level}, {r.valid_until or r.date}) is already recorded from another source"
        for r in both.itertuples()
    ]
