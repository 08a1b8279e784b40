"""The app's tables for any kept release, built in memory from that release's own source files.

Note that release 1 predates facts v2 (schema 1): its label records have no `event_key`, its alias
table no `renamed_from`, and it has no alias_sources.csv or discrepancies.csv. It is mapped to
today's schema explicitly, as the app counted then: every row is a label event of its own (an empty
`event_key`), no rename is stated by a source (an empty `renamed_from`, so every alias joins as the
alias table of the time said), and the two missing files are empty. The build's cross-file checks
are not run on it (they are v2 rules); every value is still typed by the same build functions.
Releases before schema 3 name no quote's language: their quotes get an empty `quote_lang` (unknown), so they
are shown without a language mark rather than with a guessed one, and schema-3 checks are not run on them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from src.facts.build import build_tables, check_sources, read_sources
from src.facts.data import Tables, load_tables, tables_release
from src.facts.paths import SOURCE_FILES
from src.facts.release import UNRELEASED, Release, current_version, release

V2_ADDED_COLUMNS = {"label_records": ("event_key", 4), "aliases": ("renamed_from", 3)}  # (column, position)
V3_QUOTE_LANGS = {  # the column naming the language of each quote column, after it
    "figures": (("quote_lang", "quote"),),
    "label_records": (("quote_lang", "source_quote"),),
    "context_facts": (("quote_lang", "source_quote"),),
    "alias_sources": (("quote_lang", "source_quote"),),
    "discrepancies": (("quote_a_lang", "quote_a"), ("quote_b_lang", "quote_b")),
}
V2_NEW_FILES = {
    "alias_sources": ("old_name", "new_name", "changed", "source_url", "source_quote"),
    "discrepancies": ("discrepancy_id", "about", "statement", "source_a_url", "quote_a", "source_b_url", "quote_b"),
}


def kept_frames(kept: Release) -> dict[str, pd.DataFrame]:
    """A release's source files as text frames, exactly as kept (a file it lacks is absent)."""
    return {
        name: pd.read_csv(kept.path / relative, dtype=str, keep_default_na=False, encoding="utf-8")
        for name, relative in SOURCE_FILES.items()
        if (kept.path / relative).exists()
    }


def source_frames(kept: Release) -> dict[str, pd.DataFrame]:
    """A release's source files as text frames in today's schema (schema 1 mapped as the module says)."""
    if kept.schema >= 3:
        return read_sources(kept.path)
    frames = read_sources(kept.path) if kept.schema == 2 else kept_frames(kept)
    for name, columns in V2_NEW_FILES.items():
        frames.setdefault(name, pd.DataFrame({column: pd.Series(dtype=str) for column in columns}))
    for name, (column, position) in V2_ADDED_COLUMNS.items():
        if column not in frames[name]:
            frames[name].insert(position, column, "")
    for name, pairs in V3_QUOTE_LANGS.items():
        for column, after in pairs:
            if column not in frames[name]:
                frames[name].insert(frames[name].columns.get_loc(after) + 1, column, "")
    return frames


def release_tables(kept: Release) -> Tables:
    """Every table of the release, built as `make data` would (schema-2 sources are checked first)."""
    frames = source_frames(kept)
    if kept.schema >= 3:
        check_sources(frames)
    return Tables(**build_tables(frames), release=kept)


def tables_for(data_dir: Path, version: str) -> Tables:
    """The tables of release `version`: the Parquet files when they are that release's, else built from its folder.

    Note that the Parquet files are the fast path for the current release; an older release, or a
    publish caught half-way, is built from the release's kept source files (a few hundred ms).
    A folder without releases (a test's synthetic data) reads its Parquet files as they are.
    """
    if version == UNRELEASED or (version == current_version(data_dir) and tables_release(data_dir) <= {version}):
        return load_tables(data_dir)
    return release_tables(release(data_dir, version))
