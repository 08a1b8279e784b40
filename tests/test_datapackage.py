"""The data package of a release: every source table described, and `frictionless validate` passes on it.

Most tests make a release folder of their own from the shipped sources; the kept releases
(`data/releases/<version>/`, releases 1 and 2 in older facts schemas) are checked with their own datapackage.json.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from frictionless import Package, validate

from src.facts import datapackage
from src.facts.datapackage import PACKAGE_LANGS, SOURCE_TABLES, read_release, write_datapackage
from src.facts.paths import PROJECT_ROOT, SOURCE_FILES
from src.facts.schema_history import BASIS_SCHEMA_1, EVENT_SCHEMA_1
from src.facts.schemas import SCHEMAS
from src.text.i18n import LANGUAGES, t

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


KEPT = sorted((p for p in (DATA / "releases").glob("*") if p.is_dir()), key=lambda p: int(p.name))


def test_the_kept_releases_are_there() -> None:
    assert [p.name for p in KEPT] == ["1", "2", "3"]


@pytest.mark.parametrize("folder", KEPT, ids=lambda p: p.name)
def test_every_kept_release_validates_with_its_own_package(folder: Path) -> None:
    """`frictionless validate` on the kept datapackage.json: every published CSV of the release, as it is."""
    own = folder / datapackage.PACKAGE_FILE
    report = validate(str(own))
    assert report.valid, _errors(report)
    described = {r["path"] for r in json.loads(own.read_text(encoding="utf-8"))["resources"]}
    assert described == {p.relative_to(folder).as_posix() for p in folder.rglob("*.csv")}


@pytest.mark.parametrize("folder", KEPT, ids=lambda p: p.name)
def test_a_kept_package_is_what_the_code_writes_now(folder: Path) -> None:
    """The kept file is not hand-edited or stale: rewriting it from the release's files gives the same bytes."""
    release = read_release(folder)
    expected = datapackage.dumps(datapackage.release_package(folder, str(release["version"])))
    assert (folder / datapackage.PACKAGE_FILE).read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("folder", KEPT, ids=lambda p: p.name)
def test_a_kept_release_is_described_in_its_own_columns(folder: Path) -> None:
    package = json.loads((folder / datapackage.PACKAGE_FILE).read_text(encoding="utf-8"))
    for resource in package["resources"]:
        with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
            columns = next(csv.reader(handle))
        assert [f["name"] for f in resource["schema"]["fields"]] == columns, resource["name"]
        assert set(resource["schema"].get("primaryKey", [])) <= set(columns)


def _fields(package: dict[str, Any], table: str) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for r in package["resources"] if r["name"] == table for f in r["schema"]["fields"]}


def test_release_1_is_described_as_facts_schema_1_had_it() -> None:
    """No event_key, so each award row was an event; an alias needed a basis. Today's words would be untrue."""
    first, second = (json.loads((DATA / "releases" / v / "datapackage.json").read_text()) for v in ("1", "2"))
    old, new = _fields(first, "label_records"), _fields(second, "label_records")
    assert "event_key" not in old and "event_key" in new
    assert old["event"]["description"] == EVENT_SCHEMA_1 and "description" not in new["event"]
    assert old["event"]["constraints"] == new["event"]["constraints"]  # same codes, another meaning
    assert _fields(first, "aliases")["basis"] == {
        **_fields(second, "aliases")["basis"],
        "constraints": {"required": True},
        "description": BASIS_SCHEMA_1,
    }
    label_records = next(r for r in first["resources"] if r["name"] == "label_records")
    for lang in LANGUAGES:
        text = label_records["i18n"][lang]["description"]
        assert text == t("dp.table.label_records.description.schema1", lang)
        assert text != t("dp.table.label_records.description", lang)


def test_the_old_rule_is_checked_release_1_needs_a_basis(tmp_path: Path) -> None:
    folder = tmp_path / "1"
    shutil.copytree(DATA / "releases" / "1", folder)
    aliases = folder / "curated" / "organisation_aliases.csv"
    with aliases.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][-1] = ""  # an alias without the basis schema 1 required (today it may be empty)
    with aliases.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    report = validate(str(folder / datapackage.PACKAGE_FILE))
    errors = [(task.name, e.type, e.field_name) for task in report.tasks for e in task.errors]
    assert errors == [("aliases", "constraint-error", "basis")]


def test_a_column_no_schema_describes_is_not_published(tmp_path: Path) -> None:
    folder = _release(tmp_path / "r")
    records = folder / "sources" / "context_facts.csv"
    lines = records.read_text(encoding="utf-8").splitlines()
    records.write_text("\n".join([lines[0] + ",mystery", *(line + "," for line in lines[1:])]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="mystery"):
        datapackage.release_package(folder, "r")


def test_the_current_sources_validate() -> None:
    version = str(read_release(DATA).get("version", "unreleased"))
    report = Package(datapackage.release_package(DATA, version), basepath=str(DATA)).validate()
    assert report.valid, _errors(report)


def test_the_command_writes_the_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _release(tmp_path / "2026.12.0")
    assert datapackage.main([str(folder), "2026.12.0"]) == 0
    assert capsys.readouterr().out.strip() == str(folder / datapackage.PACKAGE_FILE)
    assert validate(str(folder / datapackage.PACKAGE_FILE)).valid
