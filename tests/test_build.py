"""The Parquet build: reproducible, atomic, and renamed organisations counted once."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from src import build as build_module
from src.build import build, slugify
from src.data import Tables
from src.paths import TABLE_FILES

from .conftest import DATA_DIR


def test_committed_parquet_matches_a_fresh_build(data_copy: Path) -> None:
    """Data drift: the committed Parquet files are exactly what the sources build to."""
    rebuilt = build(data_copy)
    for name, frame in rebuilt.items():
        committed = pd.read_parquet(DATA_DIR / TABLE_FILES[name])
        pd.testing.assert_frame_equal(committed, pd.read_parquet(data_copy / TABLE_FILES[name]), obj=name)
        assert len(frame) == len(committed)


def test_source_row_counts_match_the_data_readme(tables: Tables) -> None:
    """shared/data/README.md: 15 figures, 98 records (Norway 61, Denmark 37), 56 context facts."""
    assert len(tables.figures) == 15
    assert tables.label_events["country"].value_counts().to_dict() == {"NO": 61, "DK": 37}
    assert len(tables.context_facts) == 56


@pytest.mark.parametrize(
    ("names", "org_id"),
    [
        (["NCE NODE", "GCE NODE", "NCE NODE – Norwegian Offshore Drilling Engineering"], "gce-node"),
        (["Oslo Medtech", "Norway Health Tech"], "norway-health-tech"),
        (["Arena Heidner", "NCE Heidner Biocluster"], "nce-heidner-biocluster"),
        (["Arena Eyde", "Eyde Cluster"], "eyde-cluster"),
        (["Energy Valley (Subsea Valley)"], "energy-valley"),
    ],
)
def test_renamed_organisations_are_one(tables: Tables, names: list[str], org_id: str) -> None:
    events = tables.label_events
    assert set(events.loc[events["name_as_written"].isin(names), "org_id"]) == {org_id}
    assert (tables.organisations["org_id"] == org_id).sum() == 1


def test_every_record_keeps_its_source_row(tables: Tables) -> None:
    raw = pd.read_csv(DATA_DIR / "sources/label_records.csv", dtype=str, keep_default_na=False)
    events = tables.label_events.set_index("record_id")
    for line in (2, 50, 99):
        row = raw.iloc[line - 2]
        assert events.loc[f"lr-{line:03d}", "name_as_written"] == row["organisation"]
        assert events.loc[f"lr-{line:03d}", "source_url"] == row["source_url"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Mineralklynge Norge", "mineralklynge-norge"),
        ("Sjømatklyngen Senja", "sjomatklyngen-senja"),
        ("Gate 21", "gate-21"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_a_crash_while_writing_leaves_the_old_file(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = data_copy / TABLE_FILES["figures"]
    before = target.read_bytes()

    def crash(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(build_module.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        build(data_copy)
    assert target.read_bytes() == before
    assert not [p for p in os.listdir(data_copy) if p.endswith(".tmp")]


def test_build_command_reports_problems_and_exit_code(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "sources/label_records.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",gold,", ",platinum,", 1), encoding="utf-8")
    assert build_module.main(["--data-dir", str(data_copy)]) == 1
    assert "Nothing written" in capsys.readouterr().err
