"""The one atomic write: old file or complete new one, durable, with the permissions readers need."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pandas as pd
import pytest

from src.facts import files
from src.facts.build import build
from src.facts.files import write_atomically
from src.facts.paths import PROJECT_ROOT


def test_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "table.parquet"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["table.parquet"]


def test_a_failed_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "label_records.csv"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk pulled out")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk pulled out"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["label_records.csv"]


def test_syncs_the_file_and_then_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", recording_fsync)
    write_atomically(tmp_path / "x.bin", b"data")
    assert synced == ["file", "folder"]


def test_keeps_the_files_permissions_and_gives_new_ones_read_for_all(tmp_path: Path) -> None:
    shared = tmp_path / "shared.csv"
    shared.write_bytes(b"old")
    shared.chmod(0o640)
    write_atomically(shared, b"new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.csv"
    write_atomically(fresh, b"new")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644 & ~umask  # not mkstemp's private rw-------


def test_the_parquet_build_keeps_the_tables_readable(data_copy: Path) -> None:
    """A web server's workers read the tables: a rebuild must not leave them private to the builder."""
    for path in data_copy.glob("*.parquet"):
        path.chmod(0o644)
    tables = build(data_copy)
    for path in data_copy.glob("*.parquet"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name
    assert pd.read_parquet(data_copy / "label_events.parquet").equals(tables["label_events"])


def test_no_other_atomic_write_in_src() -> None:
    """One helper, so a fix (fsync, permissions) reaches every write."""
    writers = [
        p.relative_to(PROJECT_ROOT).as_posix()
        for p in (PROJECT_ROOT / "src").rglob("*.py")
        if any(call in p.read_text(encoding="utf-8") for call in ("os.replace(", "mkstemp("))
    ]
    assert writers == ["src/facts/files.py"]
