"""A data folder for benchmarks: the shipped figures and sources, with a synthetic label register.

Note that it is written to a temporary folder the benchmark names and removes; nothing here ever
touches `data/`, and every synthetic organisation is named "Synthetic cluster …".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from src.build import build_organisations
from src.paths import TABLE_FILES, data_dir
from src.synthetic import synthetic_events

SHIPPED = ("figures", "sources", "context_facts")


def write_synthetic_data(folder: Path, events: int, seed: int = 7) -> Path:
    """`folder` with the shipped figures/sources/context and `events` synthetic label records."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in SHIPPED:
        shutil.copy(data_dir() / TABLE_FILES[name], folder / TABLE_FILES[name])
    records = synthetic_events(events, seed=seed)
    records = records.assign(year=records["date"].dt.year.astype("Int64"))
    aliases = pd.DataFrame({"org_id": pd.Series(dtype="string"), "canonical_name": pd.Series(dtype="string")})
    organisations = build_organisations(records, aliases)
    records.to_parquet(folder / TABLE_FILES["label_events"], index=False)
    organisations.to_parquet(folder / TABLE_FILES["organisations"], index=False)
    return folder
