"""Find an organisation by any name it has had: casefolded, accent-insensitive substring search.

Note that the index is one long string of every organisation's names, normalised once; a query is
a handful of `str.find` calls (C speed) that stop at the first few hits, so a search answers as
the reader types even over hundreds of thousands of organisations.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

SEPARATOR = "\n"  # never inside a normalised name: control characters are dropped
NAME_SEPARATOR = "\t"  # between one organisation's names inside its entry
FOLDS = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "œ": "oe", "ı": "i"})  # letters NFKD keeps whole
RESULT_LIMIT = 10


def normalise(text: str) -> str:
    """'Lønnsomme  VINTER-opplevelser' → 'lonnsomme vinter-opplevelser': casefold, no accents, single spaces.

    Note that ø and æ do not decompose in Unicode, so they are folded by hand: a reader typing
    "lonnsomme" on an English keyboard finds "Lønnsomme", and "Lønnsomme" finds it too.
    """
    folded = unicodedata.normalize("NFKD", text.casefold()).translate(FOLDS)
    kept = "".join(c if c.isprintable() else " " for c in folded if not unicodedata.combining(c))
    return " ".join(kept.split())


@dataclass(frozen=True)
class SearchIndex:
    """Every organisation's names, normalised and joined; `starts` maps a position back to its organisation."""

    text: str
    starts: np.ndarray
    org_ids: tuple[str, ...]
    names: tuple[tuple[str, ...], ...]  # per organisation: its current name first, then former names
    countries: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.org_ids)


@dataclass(frozen=True)
class Match:
    """One organisation found: its id, current name, country, and the former name that matched (if any)."""

    org_id: str
    name: str
    country: str
    former: str | None


def split_names(aliases: object) -> list[str]:
    """The ' | '-joined other names of `organisations.aliases` as a list ('' and missing give none)."""
    if aliases is None or pd.isna(aliases):
        return []
    return [n.strip() for n in str(aliases).split(" | ") if n.strip()]


def build_index(organisations: pd.DataFrame, former_names: pd.DataFrame | None = None) -> SearchIndex:
    """Index every organisation under its canonical name, the names records wrote, and `former_names`.

    `former_names` (optional) has columns org_id and old_name: renames stated by a public page,
    so an old name no record uses any more is still found. Organisations are kept in name order,
    so results come alphabetically.
    """
    extra: dict[str, list[str]] = {}
    if former_names is not None and len(former_names):
        for org_id, old in zip(former_names["org_id"], former_names["old_name"], strict=True):
            extra.setdefault(str(org_id), []).append(str(old))
    order = organisations.assign(_key=organisations["canonical_name"].fillna("").map(normalise)).sort_values(
        ["_key", "org_id"], kind="stable"
    )
    ids = tuple(str(i) for i in order["org_id"])
    names = tuple(
        tuple(dict.fromkeys([str(canonical), *split_names(aliases), *extra.get(org_id, [])]))
        for org_id, canonical, aliases in zip(ids, order["canonical_name"].fillna(""), order["aliases"], strict=True)
    )
    entries = [NAME_SEPARATOR.join(normalise(n) for n in group) for group in names]
    lengths = np.fromiter((len(e) + len(SEPARATOR) for e in entries), dtype=np.int64, count=len(entries))
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]) if len(entries) else np.zeros(0, np.int64)
    countries = tuple(str(c) if pd.notna(c) else "" for c in order["country"])
    return SearchIndex(SEPARATOR.join(entries), starts.astype(np.int64), ids, names, countries)


def search(index: SearchIndex, query: str, limit: int = RESULT_LIMIT) -> tuple[list[Match], bool]:
    """Up to `limit` organisations whose names contain `query`, and whether there were more.

    Each organisation appears once; when only a former name matched, the match says which.
    An empty query (after normalising) finds nothing.
    """
    needle = normalise(query)
    if not needle:
        return [], False
    found: list[int] = []
    position = index.text.find(needle)
    while position != -1 and len(found) <= limit:
        org = int(np.searchsorted(index.starts, position, side="right")) - 1
        found.append(org)
        next_start = index.starts[org + 1] if org + 1 < len(index.starts) else len(index.text)
        position = index.text.find(needle, int(next_start))  # the rest of this organisation's names: done
    return [_match(index, org, needle) for org in found[:limit]], len(found) > limit


def _match(index: SearchIndex, org: int, needle: str) -> Match:
    names = index.names[org]
    current_hit = needle in normalise(names[0])
    former = None if current_hit else next((n for n in names[1:] if needle in normalise(n)), None)
    return Match(index.org_ids[org], names[0], index.countries[org], former)
