"""Where the data lives. One place, so tests can point the app at a temporary copy."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR_ENV = "KLYNGEKVALITET_DATA_DIR"

SOURCE_FILES = {
    "figures": "sources/published_figures.csv",
    "sources": "sources/sources.csv",
    "label_records": "sources/label_records.csv",
    "context_facts": "sources/context_facts.csv",
    "alias_sources": "sources/alias_sources.csv",
    "discrepancies": "sources/discrepancies.csv",
    "aliases": "curated/organisation_aliases.csv",
}

TABLE_FILES = {
    "figures": "figures.parquet",
    "sources": "sources.parquet",
    "organisations": "organisations.parquet",
    "label_events": "label_events.parquet",
    "context_facts": "context_facts.parquet",
    "alias_sources": "alias_sources.parquet",
    "discrepancies": "discrepancies.parquet",
}

REBUILD_COMMAND = "make data"


def data_dir() -> Path:
    """The data folder: `data/` in the project, or the one named by KLYNGEKVALITET_DATA_DIR."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else PROJECT_ROOT / "data"
