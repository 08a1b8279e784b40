"""Find an organisation by any name it has had: casefolded, accent-insensitive substring search.

Note that the index is one long string of every organisation's names, normalised once; a query is
a handful of `str.find` calls (C speed) that stop at the first few hits, so a search answers as
the reader types even over hundreds of thousands of organisations.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

SEPARATOR = "\n"  # never inside a normalised name: every whitespace run becomes one space
NAME_SEPARATOR = "\t"  # between one organisation's names inside its entry
JOINED = " | "  # how `organisations.aliases` joins names
FOLDS = {"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "œ": "oe", "ı": "i"}  # letters NFKD keeps whole
CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # what Arrow's \p{Cc} matches, for the one-text version
RESULT_LIMIT = 10


def normalise_many(texts: list[str]) -> list[str]:
    """`normalise` for many texts at once, in Arrow's C++ kernels: a third of a million names in a second or two.

    Note that the steps are those of `normalise`, and a test keeps the two versions equal.
    """
    if not texts:
        return []
    arr = pc.utf8_normalize(pc.utf8_lower(pa.array(texts, pa.string()).fill_null("")), "NFKD")
    arr = pc.replace_substring_regex(arr, r"\p{Mn}", "")  # the accents NFKD split off
    for letter, plain in FOLDS.items():
        arr = pc.replace_substring(arr, letter, plain)
    arr = pc.utf8_trim_whitespace(pc.replace_substring_regex(arr, r"[\s\p{Cc}]+", " "))
    return [str(v) for v in arr.to_pylist()]


def normalise(text: str) -> str:
    """'Lønnsomme  VINTER-opplevelser' → 'lonnsomme vinter-opplevelser': lower case, no accents, single spaces.

    Note that ø and æ do not decompose in Unicode, so they are folded by hand: a reader typing
    "lonnsomme" on an English keyboard finds "Lønnsomme", and "Lønnsomme" finds it too.
    """
    folded = unicodedata.normalize("NFKD", text.lower())
    kept = "".join(FOLDS.get(c, c) for c in folded if unicodedata.category(c) != "Mn")
    return " ".join(CONTROLS.sub(" ", kept).split())


@dataclass(frozen=True)
class SearchIndex:
    """Every organisation's names, normalised and joined; `starts` maps a position back to its organisation."""

    text: str
    starts: np.ndarray
    org_ids: tuple[str, ...]
    names: tuple[str, ...]  # per organisation: its current name, then other names, joined by JOINED
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
    return [n.strip() for n in str(aliases).split(JOINED) if n.strip()]


def build_index(organisations: pd.DataFrame, former_names: pd.DataFrame | None = None) -> SearchIndex:
    """Index every organisation under its canonical name, the names records wrote, and `former_names`.

    `former_names` (optional) has columns org_id and old_name: renames stated by a public page,
    so an old name no record uses any more is still found. Organisations are kept in name order,
    so results come alphabetically.
    """
    canonical = organisations["canonical_name"].fillna("").astype(str)
    aliases = organisations["aliases"].fillna("").astype(str)
    joined = canonical.where(aliases.eq(""), canonical + JOINED + aliases)
    if former_names is not None and len(former_names):
        extra = former_names.groupby(former_names["org_id"].astype(str))["old_name"].agg(JOINED.join)
        more = organisations["org_id"].astype(str).map(extra).fillna("")
        joined = joined.where(more.eq(""), joined + JOINED + more)
    table = pa.table(
        {
            "key": pa.array(normalise_many(list(canonical)), pa.string()),
            "id": pa.array(organisations["org_id"].astype(str).tolist(), pa.string()),
            "entry": pa.array(normalise_many(list(joined)), pa.string()),
            "names": pa.array(joined.tolist(), pa.string()),
            "country": pa.array(organisations["country"].fillna("").astype(str).tolist(), pa.string()),
        }
    )
    table = table.take(pc.sort_indices(table, sort_keys=[("key", "ascending"), ("id", "ascending")]))
    entries = pc.replace_substring(table["entry"], JOINED, NAME_SEPARATOR)  # normalising keeps " | " as it is
    lengths = pc.add(pc.utf8_length(entries), len(SEPARATOR)).to_numpy(zero_copy_only=False).astype(np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64) if len(lengths) else np.zeros(0, np.int64)
    return SearchIndex(
        SEPARATOR.join(entries.to_pylist()),
        starts,
        tuple(table["id"].to_pylist()),
        tuple(table["names"].to_pylist()),
        tuple(table["country"].to_pylist()),
    )


_INDEXES: list[tuple[pd.DataFrame, SearchIndex]] = []
_INDEX_LOCK = threading.Lock()


def index_for(organisations: pd.DataFrame, former_names: pd.DataFrame | None = None) -> SearchIndex:
    """`build_index`, built once per organisations frame (by identity: data are never changed in place).

    Note that the lock makes a reader's first search wait for a warm-up already under way instead
    of building a second index beside it.
    """
    with _INDEX_LOCK:
        for frame, index in _INDEXES:
            if frame is organisations:
                return index
        index = build_index(organisations, former_names)
        _INDEXES.insert(0, (organisations, index))
        del _INDEXES[2:]
        return index


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
    names = list(dict.fromkeys(n.strip() for n in index.names[org].split(JOINED)))
    plain = [normalise(n) for n in names]
    former = (
        None
        if needle in plain[0]
        else next((n for n, p in zip(names[1:], plain[1:], strict=True) if needle in p), None)
    )
    return Match(index.org_ids[org], names[0], index.countries[org], former)
