"""Releases 1 and 2 rebuilt from the repository's history, so the kept folders are traceable to commits.

Run `python -m src.facts.release_history` (add `--check` to only compare): for each commit in
`HISTORY` it reads the source files as they were (`git show <commit>:data/<file>`), writes them into
`data/releases/<version>/` with a release.json dated by the commit and the note below, and prints
each release's hash. Release 3 and later are made by the build (`make data`), not here.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from src.facts.paths import PROJECT_ROOT, SOURCE_FILES, data_dir
from src.facts.release import RELEASES_DIR, Release, source_hash, write_release_folder


@dataclass(frozen=True)
class Past:
    """A release made before releases existed: the commit its files come from, and what it was."""

    version: str
    commit: str
    schema: int
    note: str


HISTORY = (
    Past(
        "1",
        "b843d50",
        1,
        "What the app showed before facts v2: the source files as first copied from shared/data "
        "(98 label records, no event_key: every row counted as a label of its own; the alias table "
        "joined Arena Eyde to Eyde Cluster). Reconstructed from git commit b843d50.",
    ),
    Past(
        "2",
        "fc299bd",
        2,
        "Facts v2 (shared/data version 2): 101 label records with event_key (rows reporting one award "
        "count once), alias_sources.csv and discrepancies.csv; renames need a public sentence, so Arena "
        "Eyde is no longer joined to Eyde Cluster. Reconstructed from git commit fc299bd.",
    ),
)


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, check=False)


def commit_day(commit: str) -> date:
    """The day the commit was made (UTC), the release's `built` date."""
    out = _git("log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%d", commit)
    return date.fromisoformat(out.stdout.decode().strip())


def files_at(commit: str, target: Path) -> None:
    """The data folder's source files as they were at `commit` (a file it did not have is left out)."""
    for relative in SOURCE_FILES.values():
        shown = _git("show", f"{commit}:data/{relative}")
        if shown.returncode == 0:
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            (target / relative).write_bytes(shown.stdout)


def rebuild(past: Past, previous: str | None, root: Path) -> Release:
    """Write release `past.version` into `root/releases/` from its commit; returns its record."""
    with tempfile.TemporaryDirectory() as scratch:
        files_at(past.commit, Path(scratch))
        folder = root / RELEASES_DIR / past.version
        made = Release(past.version, source_hash(Path(scratch)), commit_day(past.commit).isoformat(),
                       previous, folder, past.schema)  # fmt: skip
        write_release_folder(Path(scratch), made, past.note)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild releases 1 and 2 from the git history of data/.")
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder (default: the project's data/)")
    parser.add_argument("--check", action="store_true", help="rebuild in a temporary folder and compare")
    args = parser.parse_args(argv)
    root = args.data_dir or data_dir()
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) if args.check else root
        previous, differs = None, []
        for past in HISTORY:
            made = rebuild(past, previous, target)
            _translations(root / RELEASES_DIR / past.version, made.path)
            print(f"release {made.version}: {past.commit}, built {made.built}, sha256 {made.source_hash}")
            kept = root / RELEASES_DIR / past.version
            differs += [str(p) for p in _differences(made.path, kept)] if args.check else []
            previous = made.version
    if differs:
        print("Differs from the kept releases:\n  " + "\n  ".join(differs), file=sys.stderr)
    return 1 if differs else 0


def _translations(kept: Path, rebuilt: Path) -> None:
    """Keep the note's translations (NOTE.<lang>.md, written by hand) beside a rebuilt release."""
    for note in kept.glob("NOTE.*.md") if kept != rebuilt else []:
        (rebuilt / note.name).write_bytes(note.read_bytes())


def _differences(rebuilt: Path, kept: Path) -> list[Path]:
    """Files of the rebuilt release that the kept one lacks or holds with other bytes."""
    return [
        path.relative_to(rebuilt)
        for path in sorted(rebuilt.rglob("*"))
        if path.is_file()
        and (
            not (kept / path.relative_to(rebuilt)).exists()
            or (kept / path.relative_to(rebuilt)).read_bytes() != path.read_bytes()
        )
    ]


if __name__ == "__main__":
    sys.exit(main())
