"""Step 5: save the merged records so that a crash or a kill leaves the old file or the complete new one.

Note the order in `save`: back up, replace atomically (temporary file beside the target, fsync,
rename), then rebuild the Parquet tables; if the rebuild fails the old file goes back, so the app
never reads sources and Parquet files that disagree.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pandas as pd

from src.facts.build import build
from src.facts.import_register.layouts import RECORD_COLUMNS
from src.facts.paths import SOURCE_FILES


def _mode_of(target: Path) -> int:
    """The permissions `target` has now, or the usual rw-r--r-- (less the umask) for a new file."""
    if target.exists():
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o644 & ~umask


def write_bytes_atomically(data: bytes, target: Path) -> None:
    """Write to a temporary file beside `target`, flush it to disk, then rename it into place."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(temporary, _mode_of(target))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def csv_bytes(records: pd.DataFrame) -> bytes:
    """label_records.csv as the project writes it: UTF-8, no BOM, CRLF, minimal quoting."""
    return records[RECORD_COLUMNS].to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def save(folder: Path, merged: pd.DataFrame) -> None:
    """Back up the old file, replace it atomically, rebuild Parquet; on a failed rebuild, put the old file back."""
    target = folder / SOURCE_FILES["label_records"]
    previous = target.read_bytes()
    write_bytes_atomically(previous, target.with_name(target.name + ".bak"))
    write_bytes_atomically(csv_bytes(merged), target)
    try:
        build(folder)
    except Exception:
        write_bytes_atomically(previous, target)
        build(folder)
        raise
