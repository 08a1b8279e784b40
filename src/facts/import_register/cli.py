"""The import as a whole (`import_file`) and the maintainers' command line around it (`main`, `report`).

Note that `main` turns every DataError and OSError into plain lines on stderr and exit status 1:
a maintainer sees every problem with its row number, never a traceback, and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from src.facts.build import check_sources, read_sources
from src.facts.errors import DataError
from src.facts.import_register.check import map_file
from src.facts.import_register.layouts import SOURCE_URL_OPTION
from src.facts.import_register.merge import Outcome, merge_records
from src.facts.import_register.read import read_raw
from src.facts.import_register.write import save
from src.facts.paths import data_dir
from src.facts.release import current_version
from src.facts.schemas import COUNTRIES

LISTED = 20  # rows listed by name in the report; the rest are counted
PROG = "python -m src.facts.import_register"  # as the README writes it (argparse would say "__main__.py")


def import_file(
    path: Path,
    folder: Path,
    country: str | None = None,
    dry_run: bool = False,
    today: date | None = None,
    source_url: str | None = None,
) -> Outcome:
    """Check, merge and (unless `dry_run`, or nothing is new) save `path` into `folder`'s label records."""
    today = today or date.today()
    mapped = map_file(read_raw(path), path.name, country, today, source_url)
    frames = read_sources(folder)
    merged, outcome = merge_records(frames["label_records"], mapped, path.name, today)
    check_sources({**frames, "label_records": merged})
    if dry_run or (outcome.added.empty and not outcome.changed):
        return outcome
    save(folder, merged)
    return Outcome(outcome.added, outcome.changed, outcome.unchanged, outcome.duplicates, outcome.notes, True)


def report(outcome: Outcome, dry_run: bool) -> str:
    """What was added, changed and left alone, in plain lines."""
    added = [
        f"  row {r.file_row}: {r.organisation} | {r.level} | {r.event} | {r.date or r.valid_until}"
        for r in outcome.added.itertuples()
    ]
    lines = [f"Added {len(outcome.added)} row(s)", *_clip(added), f"Changed {len(outcome.changed)} row(s)"]
    lines += _clip([f"  {c}" for c in outcome.changed])
    lines.append(f"Left alone {outcome.unchanged} row(s) already in label_records.csv")
    if outcome.duplicates:
        lines.append(f"Imported once: {outcome.duplicates} row(s) repeated within the file")
    lines += [f"Note: {n}" for n in _clip(outcome.notes)]
    lines.append(
        "Dry run: nothing written."
        if dry_run
        else ("Saved; Parquet rebuilt." if outcome.written else "Nothing to write.")
    )
    return "\n".join(lines)


def _clip(lines: list[str]) -> list[str]:
    return lines if len(lines) <= LISTED else [*lines[:LISTED], f"  … and {len(lines) - LISTED} more"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Import label records (ESCA register export or label_records.csv)."
    )
    parser.add_argument("file", type=Path, help="CSV (comma or semicolon) or XLSX")
    parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder (default: the project's data/)")
    parser.add_argument("--country", choices=COUNTRIES, default=None, help="country of every row (ESCA layout)")
    parser.add_argument(
        SOURCE_URL_OPTION,
        metavar="URL",
        default=None,
        help="http(s) page the file was taken from, e.g. the ESCA country list: the source link of every row "
        "(required for the ESCA layout, whose 'www' column is the cluster's own site and is not stored); "
        "for a label_records.csv-shaped file it fills only rows with an empty source_url",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the import named on the command line; 0 when it succeeded (or only reported), 1 on any problem."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:
        return 0 if stop.code == 0 else 1
    folder = args.data_dir or data_dir()
    before = current_version(folder)
    try:
        outcome = import_file(args.file, folder, args.country, args.dry_run, source_url=args.source_url)
    except DataError as error:
        print(f"Nothing written: {len(error.problems)} problem(s).", file=sys.stderr)
        print(error.summary(), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Nothing written: the data folder could not be updated ({error}).", file=sys.stderr)
        return 1
    print(report(outcome, args.dry_run))
    after = current_version(folder)
    if after != before:
        print(f"New data release {after} (previous: {before}): data/releases/{after}/ keeps its source files.")
    return 0
