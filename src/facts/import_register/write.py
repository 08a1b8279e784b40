"""Step 5: save the merged records so that a crash or a kill leaves the old file or the complete new one.

Note the order in `save`: back up, replace atomically (`src.facts.files.write_atomically`: temporary file,
fsync, rename), then rebuild the Parquet tables; if the rebuild fails the old file goes back, so the app
never reads sources and Parquet files that disagree.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from src.facts.build import build
from src.facts.files import write_atomically
from src.facts.import_register.layouts import RECORD_COLUMNS
from src.facts.paths import SOURCE_FILES


def csv_bytes(records: pd.DataFrame) -> bytes:
    """label_records.csv as the project writes it: UTF-8, no BOM, CRLF, minimal quoting."""
    return records[RECORD_COLUMNS].to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def save(folder: Path, merged: pd.DataFrame) -> None:
    """Back up the old file, replace it atomically, rebuild Parquet; on a failed rebuild, put the old file back."""
    target = folder / SOURCE_FILES["label_records"]
    previous = target.read_bytes()
    write_atomically(target.with_name(target.name + ".bak"), previous)
    write_atomically(target, csv_bytes(merged))
    try:
        build(folder)
    except Exception:
        write_atomically(target, previous)
        build(folder)
        raise
