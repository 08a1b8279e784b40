"""Data releases: version and hash at build time, a new release only when a source changed, a changelog
computed from the kept files, and every exported file naming its release."""

from __future__ import annotations

import io
import json
import subprocess
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from src.export import chart_files, export
from src.facts import release, release_history
from src.facts.build import build_release
from src.facts.data import Tables, load_tables
from src.facts.events import event_count
from src.facts.paths import PROJECT_ROOT
from src.facts.release_tables import release_tables, tables_for
from src.metrics import release_counts
from src.text.i18n import t
from src.views import changelog, citation

from .conftest import DATA_DIR, quality_index

TODAY = date(2026, 12, 2)
# A synthetic register row (tests only): a Norwegian bronze register entry of a cluster that does not exist.
NEW_ROW = (
    "Synthetic cluster (release test),NO,bronze,register_entry,,,,2030-01-01,,Testing,,"
    "https://example.org/synthetic-register,Synthetic cluster (release test) Testing 2030/01/01,en\r\n"
)


def _changed(comparison: release_counts.Comparison) -> dict[tuple[object, ...], int]:
    rows = comparison.changed_counts
    return {
        (r.measure, None if pd.isna(r.year) else int(r.year), r.country, r.category): int(r.change)
        for r in rows.itertuples()
    }


# --- Build → release -------------------------------------------------------------------------


def test_the_shipped_data_are_release_3_and_their_hash_is_the_sources(tables: Tables) -> None:
    current = release.current_release(DATA_DIR)
    assert (current.version, current.previous, current.built) == ("3", "2", "2026-12-02")
    assert current.source_hash == release.source_hash(DATA_DIR) == release.source_hash(current.path)
    assert tables.release == current
    assert [r.version for r in release.releases(DATA_DIR)] == ["1", "2", "3"]


def test_no_change_makes_no_new_release(data_copy: Path) -> None:
    _, outcome = build_release(data_copy, TODAY)
    assert not outcome.created and outcome.release.version == "3" and "unchanged" in outcome.message
    assert [r.version for r in release.releases(data_copy)] == ["1", "2", "3"]
    assert release.current_version(data_copy) == "3"


def test_one_changed_row_makes_a_release_whose_changelog_lists_it_and_its_effect(data_copy: Path) -> None:
    path = data_copy / "sources" / "label_records.csv"
    with path.open("a", encoding="utf-8", newline="") as records:
        records.write(NEW_ROW)
    tables, outcome = build_release(data_copy, TODAY)
    assert outcome.created and outcome.release.version == "4" and outcome.release.previous == "3"
    assert "sources changed since release 3" in outcome.message
    assert release.current_version(data_copy) == "4" and load_tables(data_copy).release == outcome.release
    assert (data_copy / "releases" / "4" / "sources" / "label_records.csv").read_bytes() == path.read_bytes()

    kept = release.releases(data_copy)
    comparison = release_counts.compare(kept[-2], kept[-1])
    records = comparison.records
    assert len(records) == 1
    added = records.iloc[0]
    assert (added["file"], added["change"], added["row_after"]) == ("label_records", "added", 103)
    assert added["record"].startswith("Synthetic cluster (release test) · bronze · register_entry")
    assert added["source"] == "https://example.org/synthetic-register"
    assert _changed(comparison) == {
        ("records", None, "", ""): 1,
        ("events", None, "", ""): 1,
        ("organisations", None, "", ""): 1,
        ("undated", None, "NO", ""): 1,
        ("highest_level", None, "NO", "bronze"): 1,
        ("follow_up", None, "", "undated"): 1,
        ("radar", None, "", "valid"): 1,
    }
    assert len(tables["label_events"]) == 102


def test_a_release_can_be_made_on_request_and_says_nothing_changed(data_copy: Path) -> None:
    _, outcome = build_release(data_copy, TODAY, note="A note.", force=True)
    assert outcome.created and "made on request" in outcome.message
    kept = release.releases(data_copy)
    assert kept[-1].source_hash == kept[-2].source_hash and kept[-1].note() == "A note."
    comparison = release_counts.compare(kept[-2], kept[-1])
    assert comparison.records.empty and comparison.changed_counts.empty


def test_the_hash_ignores_line_endings_and_a_bom_but_not_content(tmp_path: Path) -> None:
    for name, body in (("lf", b"a,b\n1,2\n"), ("crlf", b"\xef\xbb\xbfa,b\r\n1,2\r\n"), ("other", b"a,b\n1,3\n")):
        (tmp_path / name / "sources").mkdir(parents=True)
        (tmp_path / name / "sources" / "sources.csv").write_bytes(body)
    lf, crlf, other = (release.source_hash(tmp_path / n) for n in ("lf", "crlf", "other"))
    assert lf == crlf != other


def _has_commits(*commits: str) -> bool:
    found = [subprocess.run(["git", "cat-file", "-e", f"{c}^{{commit}}"], cwd=PROJECT_ROOT, capture_output=True,
                            check=False).returncode == 0 for c in commits]  # fmt: skip
    return all(found)


@pytest.mark.skipif(
    not _has_commits(*(p.commit for p in release_history.HISTORY)), reason="the repository's history is not here"
)
def test_releases_1_and_2_are_rebuilt_from_git_byte_for_byte() -> None:
    assert release_history.main(["--check"]) == 0


# --- Release 1 and the changelog -------------------------------------------------------------


def test_release_1_is_counted_as_the_app_counted_then_every_row_an_event() -> None:
    first = release.release(DATA_DIR, "1")
    data = release_tables(first)
    assert first.schema == 1 and len(data.label_events) == 98 and event_count(data.label_events) == 98
    assert data.alias_sources.empty and data.discrepancies.empty
    assert data.release == first


def test_tables_of_an_older_release_come_from_its_kept_files() -> None:
    assert len(tables_for(DATA_DIR, "1").label_events) == 98
    assert tables_for(DATA_DIR, "3").release == release.current_release(DATA_DIR)


def test_the_changelog_from_release_1_to_2_is_computed_from_the_files() -> None:
    first, second, _ = release.releases(DATA_DIR)
    comparison = release_counts.compare(first, second)
    records = comparison.records
    kinds = records.groupby(["file", "change"]).size().to_dict()
    assert kinds[("label_records", "column_added")] == 1 and kinds[("aliases", "column_added")] == 1
    assert kinds[("label_records", "added")] == 6 and kinds[("label_records", "removed")] == 3
    assert kinds[("alias_sources", "added")] == 6 and kinds[("discrepancies", "added")] == 5
    marcod = records[(records["file"] == "label_records") & (records["field"] == "date")].iloc[0]
    assert (marcod["before"], marcod["after"]) == ("2019-01", "")  # matched by the looser key: a changed date
    changed = _changed(comparison)
    assert changed[("labels_per_year", 2012, "NO", "")] == -1  # NCE NODE's 2012 gold, reported twice, is one event
    assert changed[("events", None, "", "")] == 1 and changed[("records", None, "", "")] == 3


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_changelog_entries_read_in_the_readers_language(lang: str) -> None:
    kept = release.releases(DATA_DIR)
    entries = changelog.entries(kept, release_counts.history(kept), lang)
    assert [e.release.version for e in entries] == ["3", "2", "1"]
    # release 3 names each quote's language: six new columns, no record and no count changed
    assert entries[0].summary == t("changes.summary", lang, added=0, removed=0, changed=0, fields=0, columns=6)
    assert len(entries[0].records) == 6 and entries[0].counts.empty
    assert t("changes.col.release", lang, version="1") in entries[1].counts.columns
    assert entries[2].heading.startswith(t("release.page_title", lang, version="1").split()[0])


# --- Every exported file names its release ---------------------------------------------------


def test_every_exported_file_names_its_release(tables: Tables) -> None:
    current = tables.release
    assert current is not None
    view = quality_index(tables, "nb")
    text = citation.chart_citation(view, "nb", "https://klynge.example.org/comparison", tables, TODAY)
    link = f"/data/releases/{current.version}/"
    assert "datautgivelse 3" in text and link in text
    assert link in citation.dataset_citation(tables, "en", "https://klynge.example.org", TODAY)
    caption = export.static_spec(view, "nb", "https://klynge.example.org", current)["title"]["subtitle"][-1]
    assert caption.endswith("datautgivelse 3")  # the PNG is drawn from this SVG (export.chart_png)
    assert "datautgivelse 3" in export.chart_svg(view, "nb", "https://klynge.example.org", current)
    meta = json.loads(chart_files.metadata_json(view, "en", "https://x", "2017-03-28", text, current))
    assert meta["release"]["version"] == "3" and meta["release"]["source_hash"] == current.source_hash
    book = load_workbook(io.BytesIO(export.chart_xlsx(view, "nb", text, "2017-03-28", current)))
    cells = {row[0]: row[1] for row in book.worksheets[1].iter_rows(values_only=True) if row and row[0]}
    assert cells[t("release.field", "nb")] == "3 (2. desember 2026)"  # the day in words, as the citation says it


def test_the_launcher_warms_again_when_a_new_release_is_published(monkeypatch: pytest.MonkeyPatch) -> None:
    from src.ui import serve

    versions = iter(["3", "3", "4"])
    monkeypatch.setattr(serve.release, "published_version", lambda: next(versions))
    monkeypatch.setattr(serve, "RELEASE_POLL_S", 0.01)
    assert serve.wait_for_midnight_or_release("3") == ("4", "for data release 4")


def test_an_import_that_changes_anything_makes_a_release_and_says_so(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from src.facts.import_register import main

    esca = tmp_path / "esca.csv"
    esca.write_text("Name,Comparative portfolio,www,Label valid until\nSynthetic Klynge,ICT,www.s.no,2031/03/03\n")
    page = ("--country", "NO", "--source-url", "https://www.cluster-analysis.org/benchmarked-clusters/?country=t")
    assert main([str(esca), "--data-dir", str(data_copy), *page]) == 0
    assert "New data release 4 (previous: 3)" in capsys.readouterr().out
    assert main([str(esca), "--data-dir", str(data_copy), *page]) == 0  # the same file again changes nothing
    assert "New data release" not in capsys.readouterr().out
    assert [r.version for r in release.releases(data_copy)] == ["1", "2", "3", "4"]


def test_a_copy_without_kept_releases_counts_on_from_release_json(data_copy: Path) -> None:
    """A trimmed copy of data/ (say, an image that left releases/ out) must not start again at release 1."""
    import shutil

    shutil.rmtree(data_copy / "releases")
    _, same = build_release(data_copy, TODAY)
    assert (same.created, same.release.version) == (False, "3")
    with (data_copy / "sources" / "label_records.csv").open("a", encoding="utf-8", newline="") as records:
        records.write(NEW_ROW)
    _, changed = build_release(data_copy, TODAY)
    assert (changed.created, changed.release.version, changed.release.previous) == (True, "4", "3")
