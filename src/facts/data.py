"""Load the Parquet tables the app runs on, and refuse clearly when one is missing or damaged.

Note that the app never builds data itself: a missing or corrupt file is reported with its
name and the command that rebuilds it, so a reader sees a message and a maintainer a fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from src.facts.errors import DataError, Problem
from src.facts.paths import REBUILD_COMMAND, TABLE_FILES, data_dir
from src.facts.release import RELEASE_FILE, Release, current_release

RELEASE_METADATA = b"klyngekvalitet.release"  # Parquet schema metadata: the release a table was built for

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {  # every column of each table, in file order (the data dictionary's too)
    "figures": (
        "figure_id",
        "topic",
        "country",
        "measure",
        "category",
        "value",
        "qualifier",
        "unit",
        "sample_size",
        "as_of",
        "source_id",
        "quote",
        "quote_lang",
        "source_row",
        "source_title",
        "source_publisher",
        "source_url",
    ),
    "label_events": (
        "record_id",
        "org_id",
        "name_as_written",
        "country",
        "level",
        "event",
        "event_key",
        "date",
        "date_precision",
        "year",
        "valid_until",
        "valid_until_precision",
        "score_pct",
        "sector",
        "region",
        "source_url",
        "source_quote",
        "quote_lang",
        "source_row",
    ),
    "organisations": (
        "org_id",
        "canonical_name",
        "aliases",
        "former_names",
        "country",
        "sector",
        "region",
        "record_count",
        "event_count",
    ),
    "alias_sources": (
        "org_id",
        "old_name",
        "new_name",
        "changed",
        "changed_precision",
        "source_url",
        "source_quote",
        "quote_lang",
        "source_row",
    ),
    "discrepancies": (
        "discrepancy_id",
        "about",
        "statement",
        "source_a_url",
        "quote_a",
        "quote_a_lang",
        "source_b_url",
        "quote_b",
        "quote_b_lang",
        "source_row",
    ),
    "context_facts": (
        "fact_id",
        "statement",
        "value",
        "unit",
        "as_of",
        "source_url",
        "source_quote",
        "quote_lang",
        "as_of_precision",
        "source_row",
    ),
    "sources": (
        "source_id",
        "title",
        "author",
        "publisher",
        "url",
        "published",
        "language",
    ),
}
# Columns of TABLE_COLUMNS the loader does not insist on (it checks REQUIRED_COLUMNS); `make data` writes them all.
OPTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "figures": ("source_id",),
    "sources": ("language",),
    "label_events": ("valid_until_precision", "sector", "region"),
    "context_facts": ("as_of_precision",),
}
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    name: tuple(c for c in columns if c not in OPTIONAL_COLUMNS.get(name, ()))
    for name, columns in TABLE_COLUMNS.items()
}


@dataclass(frozen=True)
class Tables:
    """Every table the app shows, read once and shared read-only between sessions."""

    figures: pd.DataFrame
    sources: pd.DataFrame
    organisations: pd.DataFrame
    label_events: pd.DataFrame
    context_facts: pd.DataFrame
    alias_sources: pd.DataFrame
    discrepancies: pd.DataFrame
    release: Release | None = None  # the data release the tables are (None: a folder without release.json)


def read_table(folder: Path, name: str) -> pd.DataFrame:
    """One table, or a DataError naming the file and why it cannot be used."""
    path = folder / TABLE_FILES[name]
    if not path.exists():
        raise _error(path, "the file is missing")
    try:
        frame = pq.read_table(path).to_pandas()
    except (OSError, pa.ArrowException) as error:
        raise _error(path, f"the file is damaged and cannot be read ({type(error).__name__})") from error
    missing = [c for c in REQUIRED_COLUMNS[name] if c not in frame.columns]
    if missing:
        raise _error(path, f"columns are missing: {', '.join(missing)}")
    return frame


def _error(path: Path, message: str) -> DataError:
    return DataError([Problem(path.name, None, None, message)], hint=f"Rebuild it with `{REBUILD_COMMAND}`.")


def load_tables(folder: Path | None = None) -> Tables:
    """All tables from `folder` (default: the project's data folder)."""
    folder = folder or data_dir()
    stated = current_release(folder) if (folder / RELEASE_FILE).exists() else None
    return Tables(**{name: read_table(folder, name) for name in TABLE_FILES}, release=stated)


def tables_release(folder: Path | None = None) -> set[str]:
    """The releases the Parquet tables in `folder` say they were built for (empty set: none says).

    Note that each file is replaced atomically, so during a publish some tables may name the new
    release and some the old one; a reader checks this before trusting the tables for a release.
    """
    folder = folder or data_dir()
    stated = set()
    for name in TABLE_FILES.values():
        try:
            metadata = pq.read_schema(folder / name).metadata or {}
        except (OSError, pa.ArrowException):
            continue
        if RELEASE_METADATA in metadata:
            stated.add(metadata[RELEASE_METADATA].decode())
    return stated
