"""Import label records from an ESCA register export or a label_records.csv-shaped file, safely.

    python -m src.facts.import_register FILE [--dry-run] [--data-dir DIR] [--country NO|DK] [--source-url URL]

Recipe: read (CSV with comma or semicolon, UTF-8 with or without BOM or Windows-1252; or XLSX)
→ map to the label_records.csv columns → check every row and report every problem at once →
merge idempotently → back up the old file → write atomically → rebuild the Parquet tables.

Note that nothing is written unless every row passes: a reader never sees half an import. A row
is identified by organisation + level + event + date + valid_until + source_url, so importing the
same file twice changes nothing. Cells are stored as text exactly as given (a cell such as
`=HYPERLINK(…)` stays text; exports neutralise formulas), and every added row says in its
`source_quote` which file and row it came from and when.

`source_url` is the page a record was taken from. For an ESCA file that is `--source-url` (the
register's country page, required), never the `www` column: that is the cluster's own website,
label_records.csv has no column for it, so it is dropped. Were it stored as the source link, the
same register entry would get a new identity and re-importing the real list would add near-duplicates.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from src.facts.build import build, check_sources, read_sources
from src.facts.dates import is_valid_partial_date, precision_of
from src.facts.errors import DataError, Problem
from src.facts.files import write_atomically
from src.facts.paths import SOURCE_FILES, data_dir
from src.facts.schemas import COUNTRIES, SCHEMAS, raise_if_problems, validate
from src.text.text_safety import safe_url

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused: the real register is well under 1 MB
FIRST_DATA_LINE = 2  # header is line 1 in a CSV and row 1 in a sheet
RECORD_COLUMNS = list(SCHEMAS["label_records"].columns)
IDENTITY = ["organisation", "level", "event", "date", "valid_until", "source_url"]
UPDATABLE = ["country", "date_precision", "score_pct", "sector", "region"]
ESCA_COLUMNS = {"Name": "organisation", "Comparative portfolio": "sector"}
ESCA_WEBSITE = "www"  # the cluster's own site: part of the layout, but not stored (no column for it)
ESCA_VALID_UNTIL = "Label valid until"
ESCA_HEADER = [*ESCA_COLUMNS, ESCA_WEBSITE, ESCA_VALID_UNTIL]
SOURCE_URL_OPTION = "--source-url"
SOURCE_URL_EXAMPLE = "http://www.cluster-analysis.org/benchmarked-clusters/?country=…"
OPTION_COLUMNS = {"--country": "country", SOURCE_URL_OPTION: "source_url"}  # an option fills this column
ESCA_LEVEL = "level"  # an optional column (any case) that overrides the default bronze
DEFAULT_LEVEL = "bronze"
DATE_FORMS = (  # (pattern, group numbers of year, month, day)
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), (1, 2, 3)),  # ESCA register: 2017/03/03
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), (3, 2, 1)),  # Norwegian: 03.03.2017
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00:00)?$"), (1, 2, 3)),  # ISO, Excel date cells
)
LISTED = 20  # rows listed by name in the report; the rest are counted


@dataclass
class Mapped:
    """Rows mapped to label_records columns, with their file line and the original column names."""

    rows: pd.DataFrame
    lines: list[int]
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    """What an import did (or, in a dry run, would do)."""

    added: pd.DataFrame
    changed: list[str]
    unchanged: int
    duplicates: int
    notes: list[str]
    written: bool


def _problem(file: str, message: str, row: int | None = None, column: str | None = None) -> DataError:
    return DataError([Problem(file, row, column, message)])


def read_raw(path: Path) -> pd.DataFrame:
    """The file's cells as text (header → columns), or a DataError saying plainly why not."""
    if not path.is_file():
        raise _problem(path.name, "file not found")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _problem(path.name, f"the file is {size / 1024 / 1024:.1f} MB; files over 20 MB are refused")
    if size == 0:
        raise _problem(path.name, "the file is empty")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _problem(path.name, "old .xls workbooks are not supported; save it as .xlsx or CSV")
    raw = _read_xlsx(path) if suffix in (".xlsx", ".xlsm") else _read_csv(path)
    raw.columns = [str(c).strip().lstrip("\ufeff") for c in raw.columns]
    if raw.empty:
        raise _problem(path.name, "the file has a header but no data rows")
    return raw.fillna("").astype(str).apply(lambda col: col.str.strip())


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (Excel's 'CSV' on Windows)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _problem(name, "the file is neither UTF-8 nor Windows-1252 text")


def _read_csv(path: Path) -> pd.DataFrame:
    text = _decode(path.read_bytes(), path.name)
    header = text.splitlines()[0] if text.strip() else ""
    if not header.strip():
        raise _problem(path.name, "the file is empty")
    separator = ";" if header.count(";") > header.count(",") else ","
    try:
        return pd.read_csv(io.StringIO(text), sep=separator, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as error:
        raise _problem(path.name, f"cannot be read as CSV ({error})") from error


def _read_xlsx(path: Path) -> pd.DataFrame:
    try:
        return pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
    except (ValueError, OSError, KeyError, zipfile.BadZipFile) as error:
        raise _problem(path.name, f"cannot be read as an Excel workbook ({type(error).__name__})") from error


def normalise_date(text: str) -> str | None:
    """'2017/03/03', '03.03.2017', '2017-03-03' → '2017-03-03'; '2017-03' and '2017' kept; None if unreadable."""
    text = text.strip()
    if text == "" or (precision_of(text) in ("month", "year") and is_valid_partial_date(text)):
        return text
    for pattern, (y, m, d) in DATE_FORMS:
        match = pattern.match(text)
        if match:
            iso = f"{int(match[y]):04d}-{int(match[m]):02d}-{int(match[d]):02d}"
            return iso if is_valid_partial_date(iso) else None
    return None


def _layout(columns: Sequence[str], name: str) -> str:
    """'esca' or 'records', or a DataError listing the expected and found columns."""
    if set(ESCA_HEADER) <= set(columns):
        return "esca"
    if set(RECORD_COLUMNS) <= set(columns):
        return "records"
    expected = ", ".join(ESCA_HEADER)
    raise _problem(
        name,
        f"unknown columns ({', '.join(columns)}); expected the ESCA register ({expected}) "
        f"or the columns of label_records.csv ({', '.join(RECORD_COLUMNS)})",
    )


def source_url_problem(url: str) -> str | None:
    """Why `url` cannot be the source link of imported rows, or None if it can.

    It becomes part of every row's identity and a link in the app, so it must be a plain http(s)
    address with a host that the app would show as a link (`javascript:`, spaces, quotes are refused).
    """
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    if safe_url(url) is None or not host:
        return (
            f"{url!r} is not an http(s) web address; give the page the file was taken from, e.g. {SOURCE_URL_EXAMPLE}"
        )
    return None


def _option_problems(layout: str, country: str | None, source_url: str | None, name: str) -> list[Problem]:
    """The options an ESCA file needs (its rows have no country and no source link), and a usable --source-url."""
    problems = []
    if layout == "esca" and not country:
        problems.append(Problem(name, None, "--country", f"required for the ESCA layout ({' or '.join(COUNTRIES)})"))
    if layout == "esca" and source_url is None:
        message = (
            "required for the ESCA layout: pass the page the file was taken from "
            f"(the 'www' column is the cluster's own website), e.g. {SOURCE_URL_OPTION} {SOURCE_URL_EXAMPLE}"
        )
        problems.append(Problem(name, None, SOURCE_URL_OPTION, message))
    problem = source_url_problem(source_url) if source_url is not None else None
    return [*problems, Problem(name, None, SOURCE_URL_OPTION, problem)] if problem else problems


def _map_esca(raw: pd.DataFrame, country: str, source_url: str) -> Mapped:
    """ESCA register columns → label_records rows: register entries, bronze unless a level column says so.

    Every row's source link is the page the file came from (`source_url`); the `www` column is dropped.
    """
    level_column = next((c for c in raw.columns if c.lower() == ESCA_LEVEL), None)
    level = raw[level_column].str.lower().replace("", DEFAULT_LEVEL) if level_column else DEFAULT_LEVEL
    rows = pd.DataFrame({column: "" for column in RECORD_COLUMNS}, index=raw.index)
    rows = rows.assign(
        organisation=raw["Name"],
        country=country,
        level=level,
        event="register_entry",
        valid_until=raw[ESCA_VALID_UNTIL],
        sector=raw["Comparative portfolio"],
        source_url=source_url,
        source_quote=raw["Name"] + " " + raw["Comparative portfolio"] + " " + raw[ESCA_VALID_UNTIL],
    )
    labels = {v: k for k, v in ESCA_COLUMNS.items()} | {
        "valid_until": ESCA_VALID_UNTIL,
        "country": "--country",
        "source_url": SOURCE_URL_OPTION,
    }
    return Mapped(rows, _lines(raw), labels | ({"level": level_column} if level_column else {}))


def _lines(raw: pd.DataFrame) -> list[int]:
    return list(range(FIRST_DATA_LINE, len(raw) + FIRST_DATA_LINE))


def _normalise_dates(mapped: Mapped, name: str) -> list[Problem]:
    """Dates rewritten as ISO in place; every unreadable one is a Problem naming row and column."""
    problems = []
    for column in ("date", "valid_until"):
        parsed = mapped.rows[column].map(normalise_date)
        for i in parsed[parsed.isna()].index:
            text = mapped.rows.at[i, column]
            label = mapped.labels.get(column, column)
            message = f"cannot read the date {text!r} (write 2017/03/03, 03.03.2017 or 2017-03-03)"
            problems.append(Problem(name, mapped.lines[i], label, message))
        mapped.rows[column] = parsed.fillna(mapped.rows[column])
    return problems


def _fill_precision(rows: pd.DataFrame) -> pd.DataFrame:
    """An empty date_precision is filled from how the date is written."""
    implied = rows["date"].map(lambda v: precision_of(v) or "")
    return rows.assign(date_precision=rows["date_precision"].where(rows["date_precision"] != "", implied))


def _add_provenance(mapped: Mapped, name: str, today: date) -> None:
    """Every row's quote says which file and row it came from, and on which day."""
    notes = [f"Imported from {name} row {line} on {today.isoformat()}" for line in mapped.lines]
    quotes = mapped.rows["source_quote"]
    mapped.rows["source_quote"] = [f"{n}: {q}" if q else n for n, q in zip(notes, quotes, strict=True)]


def _map_records(raw: pd.DataFrame, source_url: str | None) -> Mapped:
    """Rows already in the label_records.csv schema; `source_url` (if given) fills only their empty source links."""
    rows = raw[RECORD_COLUMNS].copy()
    if source_url:
        rows["source_url"] = rows["source_url"].mask(rows["source_url"] == "", source_url)
    return Mapped(rows, _lines(raw))


def map_file(raw: pd.DataFrame, name: str, country: str | None, today: date, source_url: str | None = None) -> Mapped:
    """Mapped rows, or a DataError holding every problem in the file (and in the options) at once."""
    layout = _layout(list(raw.columns), name)
    problems = _option_problems(layout, country, source_url, name)
    if any(p.column == SOURCE_URL_OPTION for p in problems):
        source_url = None
    raw = raw.reset_index(drop=True)
    mapped = _map_esca(raw, country or "", source_url or "") if layout == "esca" else _map_records(raw, source_url)
    date_problems = _normalise_dates(mapped, name)
    mapped.rows = _fill_precision(mapped.rows)
    _add_provenance(mapped, name, today)
    said = {OPTION_COLUMNS[p.column or ""] for p in problems} if layout == "esca" else set()  # once, not per row
    problems += _schema_problems(mapped, name, {(p.row, p.column) for p in date_problems}, said)
    problems += date_problems + _conflicting_duplicates(mapped, name)
    raise_if_problems(sorted(problems, key=lambda p: (p.row or 0, p.column or "")))
    return mapped


def _schema_problems(
    mapped: Mapped, name: str, seen: set[tuple[int | None, str | None]], skip: set[str]
) -> list[Problem]:
    """label_records.csv's own schema on the mapped rows, in the file's row numbers and column names.

    Problems in the `seen` cells and in the `skip` columns were already reported another way.
    """
    problems = []
    for p in validate("label_records", mapped.rows, name):
        column = mapped.labels.get(p.column or "", p.column)
        row = mapped.lines[p.row - FIRST_DATA_LINE] if p.row is not None else None
        if (row, column) not in seen and p.column not in skip:
            problems.append(Problem(name, row, column, p.message))
    return problems


def _conflicting_duplicates(mapped: Mapped, name: str) -> list[Problem]:
    """A row that repeats another row's identity with different details is ambiguous: which one is right?"""
    details = [*IDENTITY, *UPDATABLE]
    same_key = mapped.rows.duplicated(IDENTITY, keep="first")
    exact = mapped.rows.duplicated(details, keep="first")
    first_line = mapped.rows.reset_index().groupby(IDENTITY, sort=False)["index"].transform("first")
    return [
        Problem(name, mapped.lines[i], None, f"repeats row {mapped.lines[first_line[i]]} with different details")
        for i in mapped.rows.index[same_key & ~exact]
    ]


def merge_records(existing: pd.DataFrame, mapped: Mapped, name: str, today: date) -> tuple[pd.DataFrame, Outcome]:
    """Existing rows with the new rows appended and changed details filled in; identical rows left alone."""
    incoming = mapped.rows.assign(file_row=mapped.lines)
    duplicates = int(incoming.duplicated(IDENTITY).sum())
    incoming = incoming.drop_duplicates(IDENTITY)
    lookup = existing.reset_index(names="existing_pos").drop_duplicates(IDENTITY)[
        ["existing_pos", *IDENTITY, *UPDATABLE]
    ]
    joined = incoming.merge(lookup, on=IDENTITY, how="left", suffixes=("", "_old"))
    is_new = joined["existing_pos"].isna().to_numpy()
    merged, changed = _apply_changes(existing, joined[~is_new], name, today)
    added = joined.loc[is_new, [*RECORD_COLUMNS, "file_row"]]
    notes = _possible_duplicates(existing, added)
    unchanged = int((~is_new).sum()) - len(changed)
    outcome = Outcome(added, changed, unchanged, duplicates, notes, written=False)
    return pd.concat([merged, added[RECORD_COLUMNS]], ignore_index=True), outcome


def _apply_changes(
    existing: pd.DataFrame, matches: pd.DataFrame, name: str, today: date
) -> tuple[pd.DataFrame, list[str]]:
    """Fill in details that differ (an empty incoming cell never erases one); describe each change."""
    merged, changed = existing.copy(), []
    for row in matches.itertuples(index=False):
        record = row._asdict()
        diffs = {c: record[c] for c in UPDATABLE if record[c] != "" and record[c] != record[f"{c}_old"]}
        if not diffs:
            continue
        pos = int(record["existing_pos"])
        merged.loc[pos, list(diffs)] = list(diffs.values())
        note = f"Updated from {name} row {record['file_row']} on {today.isoformat()}"
        merged.loc[pos, "source_quote"] = f"{merged.loc[pos, 'source_quote']} | {note}"
        what = ", ".join(f"{c}: {record[f'{c}_old']!r} → {v!r}" for c, v in diffs.items())
        changed.append(f"row {record['file_row']} {record['organisation']}: {what}")
    return merged, changed


def _possible_duplicates(existing: pd.DataFrame, added: pd.DataFrame) -> list[str]:
    """New rows that match an existing row in everything but the source link (worth a look)."""
    key = [c for c in IDENTITY if c != "source_url"]
    both = added.merge(existing[key].drop_duplicates(), on=key)
    return [
        f"{r.organisation} ({r.level}, {r.valid_until or r.date}) is already recorded from another source"
        for r in both.itertuples()
    ]


def csv_bytes(records: pd.DataFrame) -> bytes:
    """label_records.csv as the project writes it: UTF-8, no BOM, CRLF, minimal quoting."""
    return records[RECORD_COLUMNS].to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def _save(folder: Path, merged: pd.DataFrame) -> None:
    """Back up the old file, replace it atomically, rebuild Parquet; on a failed rebuild, put the old file back."""
    target = folder / SOURCE_FILES["label_records"]
    previous = target.read_bytes()
    write_atomically(target.with_name(target.name + ".bak"), previous)
    write_atomically(target, csv_bytes(merged))
    try:
        build(folder)
    except Exception:
        write_atomically(target, previous)
        build(folder)
        raise


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
    _save(folder, merged)
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
    parser = argparse.ArgumentParser(description="Import label records (ESCA register export or label_records.csv).")
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
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:
        return 0 if stop.code == 0 else 1
    try:
        outcome = import_file(
            args.file, args.data_dir or data_dir(), args.country, args.dry_run, source_url=args.source_url
        )
    except DataError as error:
        print(f"Nothing written: {len(error.problems)} problem(s).", file=sys.stderr)
        print(error.summary(), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Nothing written: the data folder could not be updated ({error}).", file=sys.stderr)
        return 1
    print(report(outcome, args.dry_run))
    return 0


if __name__ == "__main__":
    sys.exit(main())
