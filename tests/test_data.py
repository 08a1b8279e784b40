"""A missing or damaged Parquet file gives a DataError naming the file and the rebuild command."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from src.facts.data import load_tables
from src.facts.errors import DataError


def test_missing_file_is_named(data_copy: Path) -> None:
    (data_copy / "label_events.parquet").unlink()
    with pytest.raises(DataError) as caught:
        load_tables(data_copy)
    assert caught.value.files == ["label_events.parquet"]
    assert "missing" in str(caught.value) and "make data" in str(caught.value)


def test_corrupt_file_is_named(data_copy: Path) -> None:
    (data_copy / "figures.parquet").write_bytes(b"PAR1 this is not parquet at all")
    with pytest.raises(DataError, match=r"figures\.parquet: the file is damaged"):
        load_tables(data_copy)


def test_file_without_required_columns_is_named(data_copy: Path) -> None:
    pd.DataFrame({"x": [1]}).to_parquet(data_copy / "organisations.parquet")
    with pytest.raises(DataError, match="columns are missing: org_id"):
        load_tables(data_copy)


def test_shipped_tables_load(data_copy: Path) -> None:
    assert len(load_tables(data_copy).figures) == 15
