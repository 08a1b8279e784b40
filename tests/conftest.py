"""Shared fixtures: the shipped tables, and a scratch copy of the data folder to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from src.data import Tables, load_tables
from src.paths import PROJECT_ROOT

DATA_DIR = PROJECT_ROOT / "data"


@pytest.fixture(scope="session")
def tables() -> Tables:
    """The committed Parquet tables, read once."""
    return load_tables(DATA_DIR)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ (sources and Parquet) that a test may damage."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target
