"""Synthetic registers: reproducible, clearly synthetic, shaped like the real label_events table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from src.facts.data import load_tables
from src.facts.paths import PROJECT_ROOT
from src.facts.synthetic import SYNTHETIC_URL, events_frame, synthetic_events, write_data_folder


def test_seeded_and_reproducible() -> None:
    assert synthetic_events(500, seed=7).equals(synthetic_events(500, seed=7))
    assert not synthetic_events(500, seed=7).equals(synthetic_events(500, seed=8))


def test_has_the_label_events_columns_and_types(tables) -> None:  # type: ignore[no-untyped-def]
    frame = synthetic_events(300)
    assert len(frame) == 300
    for column, shipped in tables.label_events.dtypes.items():
        if pd.api.types.is_string_dtype(shipped):  # 'string' when built, 'str' when read back from Parquet
            assert pd.api.types.is_string_dtype(frame[column]), column
        else:
            assert frame[column].dtype == shipped, column


def test_clearly_synthetic() -> None:
    frame = synthetic_events(1000, seed=3)
    assert frame["name_as_written"].str.fullmatch(r"Synthetic cluster \d{6}").all()
    assert (frame["source_url"] == SYNTHETIC_URL).all()
    assert frame["record_id"].is_unique


def test_exercises_undated_and_register_rows() -> None:
    frame = synthetic_events(2000, seed=1)
    assert frame["date"].isna().any()
    register = frame[frame["event"] == "register_entry"]
    assert len(register) and register["valid_until"].notna().all() and register["date"].isna().all()


def test_hand_rows_fill_defaults() -> None:
    frame = events_frame([{"org_id": "a", "date": "2015-01-02"}, {"org_id": "a", "event": "renewed"}])
    assert list(frame["event"]) == ["awarded", "renewed"]
    assert list(frame["date_precision"].fillna("")) == ["day", ""]


def test_never_in_the_project_data() -> None:
    records = (PROJECT_ROOT / "data" / "sources" / "label_records.csv").read_text(encoding="utf-8")
    assert "Synthetic cluster" not in records and "example.invalid" not in records


def test_a_synthetic_data_folder_is_never_the_shipped_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="data/"):
        write_data_folder(PROJECT_ROOT / "data", 30)
    folder = write_data_folder(tmp_path / "data", 30)
    tables = load_tables(folder)
    assert len(tables.label_events) == 30
    assert tables.organisations["canonical_name"].str.startswith("Synthetic cluster").all()
    assert len(tables.figures) == len(load_tables().figures)  # the real figures stay real
