"""The data package of a release: every source table described, and `frictionless validate` passes on it.

The release build lands in another branch (contract: `data/release.json` and `data/releases/<version>/`
with the source CSVs and their own release.json), so the tests make a release folder of their own.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from frictionless import Package, validate

from src.facts import datapackage
from src.facts.datapackage import PACKAGE_LANGS, SOURCE_TABLES, read_release, write_datapackage
from src.facts.paths import PROJECT_ROOT, SOURCE_FILES
from src.facts.schemas import SCHEMAS

DATA = PROJECT_ROOT / "data"
RELEASE = {"version": "2026.12.0", "source_hash": "sha256:0f0f", "built": "2026-12-02", "previous": "2026.11.0"}


def _release(folder: Path, flat: bool = False) -> Path:
    """A release folder: the shipped source CSVs (as in data/, or side by side) and a fake release.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for relative in SOURCE_FILES.values():
        target = folder / (Path(relative).name if flat else relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA / relative, target)
    (folder / "release.json").write_text(json.dumps(RELEASE), encoding="utf-8")
    return folder


def _errors(report: object) -> list[str]:
    flat = report.flatten(["title", "message"])  # type: ignore[attr-defined]
    return [f"{title}: {message}" for title, message in flat]


def test_every_source_column_is_described_in_file_order() -> None:
    for name, table in SOURCE_TABLES.items():
        assert [f["name"] for f in table.fields] == list(SCHEMAS[name].columns), name


@pytest.mark.parametrize("flat", [False, True], ids=["as in data/", "side by side"])
def test_a_release_folder_gets_a_valid_package(tmp_path: Path, flat: bool) -> None:
    folder = _release(tmp_path / "2026.12.0", flat)
    path = write_datapackage(folder, "2026.12.0")
    report = validate(str(path))
    assert report.valid, _errors(report)
    package = json.loads(path.read_text(encoding="utf-8"))
    assert package["version"] == "2026.12.0" and package["source_hash"] == RELEASE["source_hash"]
    assert package["$schema"] == datapackage.PROFILE and "licenses" not in package  # no licence is known
    assert {r["name"] for r in package["resources"]} == set(SOURCE_FILES)
    for resource in package["resources"]:
        assert set(resource["i18n"]) == set(PACKAGE_LANGS) and all(v["title"] for v in resource["i18n"].values())
        assert resource["dialect"]["delimiter"] == "," and resource["encoding"] == "utf-8"
    assert [s["path"] for s in package["sources"]] == ["http://www.i-perform.no/2017/03/28/2399/"]
    assert "unknown" in package["sources"][0]["description"].lower()


def test_codes_and_levels_are_enums(tmp_path: Path) -> None:
    package = datapackage.release_package(_release(tmp_path / "r"), "1")
    fields = {f["name"]: f for r in package["resources"] if r["name"] == "label_records" for f in r["schema"]["fields"]}
    assert fields["level"]["constraints"]["enum"] == ["bronze", "silver", "gold"]
    assert fields["country"]["constraints"]["enum"] == ["NO", "DK"]
    assert fields["event"]["constraints"]["enum"] == ["awarded", "renewed", "register_entry"]
    assert fields["score_pct"]["unit"] == "percent" and fields["date"]["type"] == "string"


@pytest.mark.parametrize(
    ("file", "line", "old", "new"),
    [
        ("label_records.csv", 3, ",en\n", ",xx\n"),  # a quote language outside the list
        ("label_records.csv", 3, ",,,2015-10-18,", ",,,2015/10/18,"),  # not a date as precise as its source
        ("published_figures.csv", 2, ",clusterservices-2017,", ",nowhere-2017,"),  # a source that is not listed
    ],
)
def test_a_bad_cell_fails_validation(tmp_path: Path, file: str, line: int, old: str, new: str) -> None:
    folder = _release(tmp_path / "r")
    csv_path = folder / "sources" / file
    lines = csv_path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    csv_path.write_text("".join(lines), encoding="utf-8")
    assert not validate(str(write_datapackage(folder, "r"))).valid


def _kept_releases() -> list[Path]:
    """The current sources and every kept release (`data/releases/<version>/`, once the release build lands)."""
    return [DATA, *sorted(p for p in (DATA / "releases").glob("*/") if p.is_dir())]


@pytest.mark.parametrize("folder", _kept_releases(), ids=lambda p: p.name)
def test_every_kept_release_validates(folder: Path) -> None:
    """A kept release is checked with its own datapackage.json; the current sources with a fresh one."""
    own = folder / datapackage.PACKAGE_FILE
    if folder != DATA and own.is_file():
        report = validate(str(own))
    else:
        version = str(read_release(folder).get("version", "unreleased"))
        report = Package(datapackage.release_package(folder, version), basepath=str(folder)).validate()
    assert report.valid, _errors(report)


def test_the_command_writes_the_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _release(tmp_path / "2026.12.0")
    assert datapackage.main([str(folder), "2026.12.0"]) == 0
    assert capsys.readouterr().out.strip() == str(folder / datapackage.PACKAGE_FILE)
    assert validate(str(folder / datapackage.PACKAGE_FILE)).valid
