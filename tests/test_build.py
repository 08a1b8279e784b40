"""The Parquet build: reproducible, atomic, and renamed organisations counted once."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from src.facts import build as build_module
from src.facts import files
from src.facts.build import build, build_alias_sources, build_label_events, build_organisations, read_sources, slugify
from src.facts.data import Tables
from src.facts.paths import TABLE_FILES
from src.facts.synthetic import events_frame, synthetic_events

from .conftest import DATA_DIR


def test_committed_parquet_matches_a_fresh_build(data_copy: Path) -> None:
    """Data drift: the committed Parquet files are exactly what the sources build to."""
    rebuilt = build(data_copy)
    for name, frame in rebuilt.items():
        committed = pd.read_parquet(DATA_DIR / TABLE_FILES[name])
        pd.testing.assert_frame_equal(committed, pd.read_parquet(data_copy / TABLE_FILES[name]), obj=name)
        assert len(frame) == len(committed)


def test_source_row_counts_match_the_data_readme(tables: Tables) -> None:
    """shared/data/README.md (version 2): 15 figures, 101 records (Norway 62, Denmark 39), 56 context facts.

    The expected numbers are the README's own words, not anything the build computed.
    """
    assert len(tables.figures) == 15
    assert tables.label_events["country"].value_counts().to_dict() == {"NO": 62, "DK": 39}
    assert len(tables.context_facts) == 56


@pytest.mark.parametrize(
    ("names", "org_id"),
    [
        (["NCE NODE", "GCE NODE", "NCE NODE – Norwegian Offshore Drilling Engineering"], "gce-node"),
        (["Oslo Medtech", "Norway Health Tech"], "norway-health-tech"),
        (["Arena Heidner", "NCE Heidner Biocluster"], "nce-heidner-biocluster"),
        (["Energy Valley (Subsea Valley)"], "energy-valley"),
        (["VIKEN Teknologiklynge"], "necia"),
        (["MARCOD", "Marcod"], "marcod"),
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

    monkeypatch.setattr(files.os, "replace", crash)  # the one atomic write: src.facts.files
    with pytest.raises(OSError, match="disk full"):
        build(data_copy)
    assert target.read_bytes() == before
    assert not [p for p in os.listdir(data_copy) if p.endswith(".tmp")]


def test_build_command_reports_problems_and_exit_code(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "sources/label_records.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",gold,", ",platinum,", 1), encoding="utf-8")
    assert build_module.main(["--data-dir", str(data_copy)]) == 1
    assert "Nothing written" in capsys.readouterr().err


def _organisations_by_loop(
    events: pd.DataFrame, aliases: pd.DataFrame, renames: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The loop-per-organisation `build_organisations` that built the committed data, kept as the reference."""
    canonical = dict(zip(aliases["org_id"], aliases["canonical_name"], strict=False))
    rows = []
    for org_id, group in events.groupby("org_id", sort=True):
        names = list(dict.fromkeys(group["name_as_written"]))
        name = canonical.get(str(org_id), names[0])
        rows.append(
            {
                "org_id": org_id,
                "canonical_name": name,
                "aliases": " | ".join(n for n in names if n != name),
                "former_names": _former_by_loop(renames, str(org_id)),
                "country": group["country"].iloc[0],
                "sector": group["sector"].dropna().iloc[0] if group["sector"].notna().any() else None,
                "region": group["region"].dropna().iloc[0] if group["region"].notna().any() else None,
                "record_count": len(group),
                "event_count": len({k or r for k, r in zip(keys(group), group["record_id"], strict=True)}),
            }
        )
    counts = ["record_count", "event_count"]
    frame = pd.DataFrame(rows)
    return frame.astype({c: "string" for c in frame.columns if c not in counts}).astype({c: "Int64" for c in counts})


def keys(group: pd.DataFrame) -> list[object]:
    """The event keys of a group of rows (None where a row has none)."""
    return [None if pd.isna(k) else k for k in group["event_key"]]


def _former_by_loop(renames: pd.DataFrame | None, org_id: str) -> str:
    """The organisation's former names in the order alias_sources.csv lists them, each once."""
    if renames is None:
        return ""
    return " | ".join(dict.fromkeys(renames.loc[renames["org_id"] == org_id, "old_name"]))


def _varied_register(n: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Synthetic events made awkward on purpose, and an alias table naming a tenth of the organisations.

    Rows are shuffled (first appearance ≠ sorted order); a fifth are written under an old name;
    sector and region are mostly missing; the country differs between rows of one organisation.
    """
    rng = np.random.default_rng(seed)
    events = synthetic_events(n, seed).sample(frac=1, random_state=seed).reset_index(drop=True)
    old = rng.random(n) < 0.2
    events["name_as_written"] = events["name_as_written"].where(~old, "Old " + events["name_as_written"])
    events["country"] = pd.array(rng.choice(["NO", "DK"], n), dtype="string")
    for column, values in (("sector", ["ICT", "Food"]), ("region", ["Vest", "Nord"])):
        known = rng.random(n) < 0.3
        events[column] = pd.array(np.where(known, rng.choice(values, n), None), dtype="string")
    ids = events["org_id"].drop_duplicates().sample(frac=0.1, random_state=seed)
    aliases = pd.DataFrame({"org_id": ids, "canonical_name": "Renamed " + ids, "alias": ids, "basis": "synthetic"})
    return events, aliases


def test_organisations_match_the_loop_reference_on_the_shipped_data(data_copy: Path) -> None:
    frames = read_sources(data_copy)
    events = build_label_events(frames["label_records"], frames["aliases"])
    renames = build_alias_sources(frames["alias_sources"], frames["aliases"])
    built = build_organisations(events, frames["aliases"], renames)
    reference = _organisations_by_loop(events, frames["aliases"], renames)
    pd.testing.assert_frame_equal(built, reference, check_exact=True)
    pd.testing.assert_frame_equal(built, pd.read_parquet(DATA_DIR / TABLE_FILES["organisations"]), check_exact=True)


@pytest.mark.parametrize(("n", "seed"), [(30, 1), (500, 2), (3_000, 3)])
def test_organisations_match_the_loop_reference_on_a_synthetic_register(n: int, seed: int) -> None:
    events, aliases = _varied_register(n, seed)
    built = build_organisations(events, aliases)
    assert built["aliases"].str.len().gt(0).any() and built["canonical_name"].str.startswith("Renamed").any()
    pd.testing.assert_frame_equal(built, _organisations_by_loop(events, aliases), check_exact=True)


def _aliases(*rows: tuple[str, str]) -> pd.DataFrame:
    """An alias table (org_id, canonical_name) shaped like data/curated/organisation_aliases.csv."""
    ids, names = [r[0] for r in rows], [r[1] for r in rows]
    return pd.DataFrame({"org_id": ids, "canonical_name": names, "alias": names, "basis": ["test"] * len(rows)})


ORGANISATION_CASES = [
    ("alias table name wins", [{"org_id": "a", "name_as_written": "A 2012"}], "A", "A 2012"),
    (
        "first name written wins without an alias row",
        [{"org_id": "b", "name_as_written": "B"}, {"org_id": "b", "name_as_written": "B AS"}],
        "B",
        "B AS",
    ),
    (
        "other names once, in order of first appearance",
        [{"org_id": "a", "name_as_written": n} for n in ("Z", "A", "Y", "Z", "Y")],
        "A",
        "Z | Y",
    ),
]


@pytest.mark.parametrize(("case", "rows", "name", "others"), ORGANISATION_CASES, ids=[c[0] for c in ORGANISATION_CASES])
def test_organisation_names(case: str, rows: list[dict[str, str]], name: str, others: str) -> None:
    events, aliases = events_frame(rows), _aliases(("a", "A"))
    built = build_organisations(events, aliases)
    assert (built.at[0, "canonical_name"], built.at[0, "aliases"]) == (name, others)
    pd.testing.assert_frame_equal(built, _organisations_by_loop(events, aliases), check_exact=True)


def test_organisation_takes_the_first_country_and_the_first_known_sector() -> None:
    events = events_frame(
        [
            {"org_id": "a", "country": "DK", "sector": None, "region": None},
            {"org_id": "a", "country": "NO", "sector": "ICT", "region": None},
            {"org_id": "a", "country": "NO", "sector": "Food", "region": "Vest"},
        ]
    )
    built = build_organisations(events, _aliases())
    assert built.iloc[0][["country", "sector", "region", "record_count"]].tolist() == ["DK", "ICT", "Vest", 3]
    pd.testing.assert_frame_equal(built, _organisations_by_loop(events, _aliases()), check_exact=True)


def test_no_events_no_organisations() -> None:
    """The loop version failed here (a frame without columns); the grouped one returns an empty table."""
    events, aliases = _varied_register(30, 1)
    built = build_organisations(events.iloc[0:0], aliases)
    expected = _organisations_by_loop(events, aliases).iloc[0:0]
    pd.testing.assert_frame_equal(built, expected, check_index_type=False)
