"""Data releases: a numbered, hashed copy of the source files that a citation can name and link to.

A release is the set of source files (`paths.SOURCE_FILES`: data/sources/*.csv and the curated
alias table) at one moment, numbered 1, 2, 3 … (see README, "Releases"). The current release is
`data/release.json`; every release, the current one included, is kept in `data/releases/<version>/`
with its own `release.json`, its source files under the same relative names as in `data/`, and
optionally a short human note (`NOTE.md`). Nothing here computes a figure: the changelog between
releases is computed from the kept files (`src.facts.release_diff`, `src.metrics.release_counts`).

The source hash is SHA-256 over the files in the order of their relative paths (sorted, `/`
separators), each fed as `path`, a NUL byte, the content with a UTF-8 BOM removed and CRLF/CR turned
into LF, and a NUL byte. A file a release does not have (release 1 had no alias_sources.csv) is left
out. So a checkout with Windows line endings hashes like the original, and renaming a file changes
the hash.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from src.facts.datapackage import write_datapackage
from src.facts.errors import DataError, Problem
from src.facts.files import write_atomically
from src.facts.paths import SOURCE_FILES

RELEASE_FILE = "release.json"
RELEASES_DIR = "releases"
NOTE_FILE = "NOTE.md"
CURRENT_SCHEMA = 3  # facts schema of the source files: 1 = before facts v2 (no event_key), 2 = facts v2,
# 3 = every quote with its language (quote_lang; quote_a_lang/quote_b_lang)
UNRELEASED = "unreleased"  # what a data folder without release.json (a test's synthetic data) is called


@dataclass(frozen=True)
class Release:
    """One data release as its `release.json` states it; `path` is its folder under data/releases/."""

    version: str
    source_hash: str
    built: str  # ISO date the release was made
    previous: str | None
    path: Path
    schema: int = CURRENT_SCHEMA

    @property
    def number(self) -> int:
        """The version as an integer, for ordering (versions are 1, 2, 3 …)."""
        return int(self.version)

    def record(self) -> dict[str, object]:
        """The JSON object written to release.json (the path is where it lives, not part of it)."""
        return {
            "version": self.version,
            "source_hash": self.source_hash,
            "built": self.built,
            "previous": self.previous,
            "schema": self.schema,
            "files": sorted(p for p in SOURCE_FILES.values() if (self.path / p).exists()),
        }

    def note(self, lang: str = "") -> str:
        """The maintainer's short note beside the release: NOTE.<lang>.md, else NOTE.md ('' when there is none)."""
        own = [self.path / f"NOTE.{lang}.md"] if lang else []
        found = [path for path in (*own, self.path / NOTE_FILE) if path.exists()]
        return found[0].read_text(encoding="utf-8").strip() if found else ""


def normalised(content: bytes) -> bytes:
    """File content as hashed: without a UTF-8 BOM, line endings LF."""
    return content.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def source_hash(folder: Path) -> str:
    """SHA-256 over the source files in `folder` (a data folder or a release folder), as the module says."""
    digest = hashlib.sha256()
    for relative in sorted(SOURCE_FILES.values()):
        path = folder / relative
        if path.exists():
            digest.update(relative.encode() + b"\0" + normalised(path.read_bytes()) + b"\0")
    return digest.hexdigest()


def read_release(path: Path, folder: Path) -> Release:
    """The release described by the JSON file `path` (its files live in `folder`)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Release(
            version=str(raw["version"]),
            source_hash=str(raw["source_hash"]),
            built=str(raw["built"]),
            previous=None if raw.get("previous") is None else str(raw["previous"]),
            path=folder,
            schema=int(raw.get("schema", CURRENT_SCHEMA)),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DataError([Problem(path.name, None, None, f"is not a release record ({error})")]) from error


def releases(data_dir: Path) -> list[Release]:
    """Every kept release, oldest first."""
    root = data_dir / RELEASES_DIR
    found = [
        read_release(folder / RELEASE_FILE, folder)
        for folder in (root.iterdir() if root.is_dir() else [])
        if (folder / RELEASE_FILE).exists()
    ]
    return sorted(found, key=lambda r: r.number)


def release(data_dir: Path, version: str) -> Release:
    """One kept release by version (a DataError naming it when it is not kept)."""
    folder = data_dir / RELEASES_DIR / version
    if not (folder / RELEASE_FILE).exists():
        raise DataError([Problem(f"{RELEASES_DIR}/{version}", None, None, "no such release is kept")])
    return read_release(folder / RELEASE_FILE, folder)


def current_release(data_dir: Path) -> Release:
    """The release the data folder's Parquet tables were built from (data/release.json)."""
    path = data_dir / RELEASE_FILE
    if not path.exists():
        raise DataError([Problem(RELEASE_FILE, None, None, "is missing")], hint="Build it with `make data`.")
    stated = read_release(path, data_dir)
    return read_release(path, data_dir / RELEASES_DIR / stated.version)


def current_version(data_dir: Path) -> str:
    """The current release's version, or UNRELEASED for a data folder without release.json."""
    try:
        return current_release(data_dir).version
    except DataError:
        return UNRELEASED


@dataclass(frozen=True)
class Outcome:
    """What `prepare` decided: the release the build is for, and whether it is new."""

    release: Release
    created: bool
    message: str


def prepare(data_dir: Path, today: date, note: str = "", force: bool = False) -> Outcome:
    """The release for the sources in `data_dir`: the latest kept one if its hash matches, else a new one.

    A new release's folder (sources, release.json, note) is written here, before the Parquet tables;
    data/release.json is written by `publish` after them, so the app never names a release whose
    tables are not yet in place. `force` makes a new release even when nothing changed (the build says so).
    """
    digest = source_hash(data_dir)
    kept = releases(data_dir)
    latest = kept[-1] if kept else _stated(data_dir)  # a copy without releases/ still counts on from release.json
    if latest and latest.source_hash == digest and not force:
        return Outcome(latest, False, f"Release {latest.version}: sources unchanged (sha256 {digest[:12]}…).")
    version = str(latest.number + 1) if latest else "1"
    folder = data_dir / RELEASES_DIR / version
    made = Release(version, digest, today.isoformat(), latest.version if latest else None, folder)
    write_release_folder(data_dir, made, note)
    why = "sources unchanged, made on request (--release)" if latest and latest.source_hash == digest else ""
    why = why or (f"sources changed since release {latest.version}" if latest else "the first release")
    return Outcome(made, True, f"New release {version} in {folder}: {why} (sha256 {digest[:12]}…).")


def _stated(data_dir: Path) -> Release | None:
    """The release data/release.json names, when the folder has one but keeps no releases (e.g. a trimmed copy)."""
    try:
        return current_release(data_dir)
    except DataError:
        return None


def write_release_folder(source: Path, made: Release, note: str = "") -> None:
    """Copy the source files of `source` into the release's folder, then its release.json and note."""
    made.path.mkdir(parents=True, exist_ok=True)
    for relative in SOURCE_FILES.values():
        if (source / relative).exists():
            (made.path / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / relative, made.path / relative)
    if note:
        write_atomically(made.path / NOTE_FILE, (note.strip() + "\n").encode("utf-8"))
    write_atomically(made.path / RELEASE_FILE, _json(made))
    write_datapackage(made.path, made.version)  # the folder's tables described for reuse (Frictionless)


def publish(data_dir: Path, made: Release) -> None:
    """Name `made` the current release (data/release.json), after its tables are in place."""
    write_atomically(data_dir / RELEASE_FILE, _json(made))


def _json(made: Release) -> bytes:
    return (json.dumps(made.record(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
