"""The register import: every problem reported, nothing half-written, the same file twice changes nothing."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from src.facts import files, import_register
from src.facts.build import check_sources, read_sources
from src.facts.import_register import MAX_BYTES, main, normalise_date
from src.facts.paths import PROJECT_ROOT

RECORDS = Path("sources/label_records.csv")
ESCA_HEADER = "Name,Comparative portfolio,www,Label valid until"
PAGE = "https://www.cluster-analysis.org/benchmarked-clusters/?country=test"  # the page an ESCA file came from
ESCA_NORWAY_PAGE = "http://www.cluster-analysis.org/benchmarked-clusters/?country=9e0e2d07-b7a9-47ae-a816-cf7692205403"
NORWAY = ("--country", "NO", "--source-url", PAGE)
OWN_HEADER = ",".join(import_register.RECORD_COLUMNS)


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _records(data: Path) -> pd.DataFrame:
    return pd.read_csv(data / RECORDS, dtype=str, keep_default_na=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017/03/03", "2017-03-03"),
        ("03.03.2017", "2017-03-03"),
        ("3.3.2017", "2017-03-03"),
        ("2017-03-03", "2017-03-03"),
        ("2017-03-03 00:00:00", "2017-03-03"),
        ("2017-03", "2017-03"),
        ("", ""),
        ("31/02/2017", None),
        ("2017/02/30", None),
        ("next year", None),
    ],
)
def test_dates(text: str, expected: str | None) -> None:
    assert normalise_date(text) == expected


def test_esca_import_adds_rows_with_provenance_and_is_idempotent(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(
        tmp_path / "esca.csv", f"{ESCA_HEADER}\nNy Klynge,ICT,www.ny.no,2024/03/03\nTo,Food,https://to.no,03.03.2025\n"
    )
    before, original = _records(data_copy), (data_copy / RECORDS).read_bytes()
    code, out, _ = _run(capsys, source, "--data-dir", data_copy, *NORWAY)
    assert code == 0 and "Added 2 row(s)" in out
    after = _records(data_copy)
    assert list(after.columns) == list(before.columns) and len(after) == len(before) + 2
    new = after.iloc[-2]
    assert (new["organisation"], new["event"], new["level"], new["valid_until"]) == (
        "Ny Klynge",
        "register_entry",
        "bronze",
        "2024-03-03",
    )
    assert new["source_url"] == PAGE and "www.ny.no" not in (data_copy / RECORDS).read_text(encoding="utf-8")
    assert new["source_quote"].startswith("Imported from esca.csv row 2 on ")
    assert (data_copy / "sources/label_records.csv.bak").read_bytes() == original  # the file as it was, byte for byte
    assert "Ny Klynge" in set(pd.read_parquet(data_copy / "label_events.parquet")["name_as_written"])
    snapshot = (data_copy / RECORDS).read_bytes()
    code, out, _ = _run(capsys, source, "--data-dir", data_copy, *NORWAY)
    assert code == 0 and "Added 0 row(s)" in out and "Left alone 2 row(s)" in out
    assert (data_copy / RECORDS).read_bytes() == snapshot


def test_semicolon_windows_1252_and_level_column(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Name;Comparative portfolio;www;Label valid until;Level\r\nÅlesund Klynge;Maritime;https://a.no;2024/01/31;Gold\r\n"
    source = _write(tmp_path / "esca.csv", text, "cp1252")
    code, _, _ = _run(capsys, source, "--data-dir", data_copy, *NORWAY)
    assert code == 0
    row = _records(data_copy).iloc[-1]
    assert (row["organisation"], row["level"]) == ("Ålesund Klynge", "gold")


def test_utf8_bom_and_own_schema(data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = ",".join(import_register.RECORD_COLUMNS)
    row = "Eksempel,DK,silver,awarded,eksempel-silver-2017,03.03.2017,,,,,,https://e.dk,Sølv i 2017,da"
    source = _write(tmp_path / "own.csv", f"\ufeff{header}\n{row}\n")
    code, _out, err = _run(capsys, source, "--data-dir", data_copy)
    assert code == 0, err
    new = _records(data_copy).iloc[-1]
    assert (new["date"], new["date_precision"]) == ("2017-03-03", "day")
    assert new["source_quote"].startswith("Imported from own.csv row 2") and new["source_quote"].endswith("Sølv i 2017")


def test_xlsx(data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "register.xlsx"
    pd.DataFrame(
        {
            "Name": ["Excel Klynge"],
            "Comparative portfolio": ["ICT"],
            "www": ["https://x.no"],
            "Label valid until": [pd.Timestamp("2024-05-06")],
        }
    ).to_excel(source, index=False)
    code, _, err = _run(capsys, source, "--data-dir", data_copy, "--country", "DK", "--source-url", PAGE)
    assert code == 0, err
    assert _records(data_copy).iloc[-1]["valid_until"] == "2024-05-06"


BROKEN = [
    ("empty", "", "the file is empty"),
    ("header only", f"{ESCA_HEADER}\n", "header but no data rows"),
    ("wrong columns", "a,b,c\n1,2,3\n", "unknown columns"),
    ("bad level", f"{ESCA_HEADER},Level\nX,ICT,https://x.no,2017/03/03,platinum\n", "unknown level"),
    (
        "conflicting duplicate",
        f"{ESCA_HEADER}\nX,ICT,https://x.no,2017/03/03\nX,Food,https://x.no,2017/03/03\n",
        "row 3: repeats row 2 with different details",
    ),
    (
        "own schema, unknown country",  # named in the imported file's rows, not in label_records.csv's
        f"{OWN_HEADER}\nX,SE,gold,awarded,x-gold-2018,2018,year,,,,,https://x.se,G,sv\n",
        "bad.csv, row 2, column 'country': unknown country",
    ),
]


@pytest.mark.parametrize(("case", "text", "message"), BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_files_clear_error_nothing_written(
    case: str, text: str, message: str, data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (data_copy / RECORDS).read_bytes()
    code, out, err = _run(capsys, _write(tmp_path / "bad.csv", text), "--data-dir", data_copy, *NORWAY)
    assert code == 1 and message in err and "Traceback" not in err + out
    assert (data_copy / RECORDS).read_bytes() == before
    assert not (data_copy / "sources/label_records.csv.bak").exists()


OWN_ROWS = (
    "Med lenke,DK,silver,awarded,med-silver-2017,2017-03-03,day,,,,,https://own.dk,Sølv,da\n"
    "Uten lenke,DK,gold,awarded,uten-gold-2018,2018,year,,,,,,G,da\n"
)
ESCA_ROWS = "Ny Klynge,ICT,www.ny.no,2024/03/03\nUten nettside,Food,,03.03.2025\n"
NOT_A_LINK = "not an http(s) web address"
SOURCE_URL_ERRORS = [  # (case, header of the file, --source-url or None, message)
    ("ESCA without --source-url", ESCA_HEADER, None, "column '--source-url': required for the ESCA layout"),
    ("javascript", ESCA_HEADER, "javascript:alert(1)", f"'javascript:alert(1)' is {NOT_A_LINK}"),
    ("not a url", ESCA_HEADER, "not a url", f"'not a url' is {NOT_A_LINK}"),
    ("empty", ESCA_HEADER, "", f"'' is {NOT_A_LINK}"),
    ("no host", ESCA_HEADER, "https://", NOT_A_LINK),
    ("ftp", ESCA_HEADER, "ftp://esca.example/list", NOT_A_LINK),
    ("space inside", ESCA_HEADER, "https://esca.example/a list", NOT_A_LINK),
    ("quote inside", ESCA_HEADER, 'https://esca.example/"onmouseover=x', NOT_A_LINK),
    ("own schema", OWN_HEADER, "javascript:alert(1)", NOT_A_LINK),
]


@pytest.mark.parametrize(("case", "header", "url", "message"), SOURCE_URL_ERRORS, ids=[c[0] for c in SOURCE_URL_ERRORS])
def test_source_url_missing_or_malformed_clear_error_nothing_written(
    case: str,
    header: str,
    url: str | None,
    message: str,
    data_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = OWN_ROWS if header == OWN_HEADER else ESCA_ROWS
    options = ["--country", "NO"] + ([] if url is None else ["--source-url", url])
    before = (data_copy / RECORDS).read_bytes()
    code, out, err = _run(capsys, _write(tmp_path / "in.csv", f"{header}\n{rows}"), "--data-dir", data_copy, *options)
    assert code == 1 and message in err and "Traceback" not in err + out
    assert header == OWN_HEADER or "row " not in err  # said once, not once per row
    assert (data_copy / RECORDS).read_bytes() == before
    assert not (data_copy / "sources/label_records.csv.bak").exists()


SOURCE_URL_IMPORTS = [
    ("ESCA rows carry the page, not the website", ESCA_HEADER, ESCA_ROWS, ["--country", "NO"], [PAGE, PAGE]),
    ("own schema keeps its links, fills empty ones", OWN_HEADER, OWN_ROWS, [], ["https://own.dk", PAGE]),
]


@pytest.mark.parametrize(
    ("case", "header", "rows", "options", "urls"), SOURCE_URL_IMPORTS, ids=[c[0] for c in SOURCE_URL_IMPORTS]
)
def test_source_url_is_the_page_and_a_second_import_changes_nothing(
    case: str,
    header: str,
    rows: str,
    options: list[str],
    urls: list[str],
    data_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = _write(tmp_path / "in.csv", f"{header}\n{rows}")
    code, out, err = _run(capsys, source, "--data-dir", data_copy, *options, "--source-url", PAGE)
    assert code == 0 and "Added 2 row(s)" in out, err
    assert list(_records(data_copy)["source_url"].iloc[-2:]) == urls
    snapshot = (data_copy / RECORDS).read_bytes()
    code, out, _ = _run(capsys, source, "--data-dir", data_copy, *options, "--source-url", PAGE)
    assert code == 0 and "Added 0 row(s)" in out and "Changed 0 row(s)" in out and "Nothing to write" in out
    assert (data_copy / RECORDS).read_bytes() == snapshot


def test_reimporting_the_real_register_page_adds_no_near_duplicates(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The shipped Arena Eyde entry came from the Norway page; its own website no longer makes it look new."""
    source = _write(
        tmp_path / "esca.csv", f"{ESCA_HEADER}\nArena Eyde,New materials and chemistry,www.eyde.no,2013/03/03\n"
    )
    before = (data_copy / RECORDS).read_bytes()
    code, out, _ = _run(capsys, source, "--data-dir", data_copy, "--country", "NO", "--source-url", ESCA_NORWAY_PAGE)
    assert code == 0 and "Added 0 row(s)" in out and "Left alone 1 row(s)" in out and "Note:" not in out
    assert (data_copy / RECORDS).read_bytes() == before


def test_help_shows_source_url(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0 and "--source-url URL" in out and "required for the ESCA layout" in " ".join(out.split())


def test_every_problem_reported_with_row_numbers(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"{ESCA_HEADER}\nA,ICT,https://a.no,2017/03/03\nB,ICT,https://b.no,31/02/2017\n,ICT,https://c.no,2017-05-01\nD,ICT,ftp://d,03.03.2017\n"
    code, _, err = _run(capsys, _write(tmp_path / "mixed.csv", text), "--data-dir", data_copy)
    assert code == 1
    assert "column '--country'" in err
    assert "row 3, column 'Label valid until': cannot read the date '31/02/2017'" in err
    assert "row 4, column 'Name': must not be empty" in err
    assert "column '--source-url': required for the ESCA layout" in err
    assert "row 5" not in err and "missing source link" not in err  # 'www' is not stored, so not checked


def test_mixed_date_formats_are_all_read(data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"{ESCA_HEADER}\nA,ICT,https://a.no,2017/03/03\nB,ICT,https://b.no,04.03.2017\nC,ICT,https://c.no,2017-03-05\n"
    )
    code, _, _ = _run(capsys, _write(tmp_path / "mixed.csv", text), "--data-dir", data_copy, *NORWAY)
    assert code == 0
    assert list(_records(data_copy)["valid_until"].iloc[-3:]) == ["2017-03-03", "2017-03-04", "2017-03-05"]


def test_exact_duplicate_rows_are_imported_once(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"{ESCA_HEADER}\nA,ICT,https://a.no,2017/03/03\nA,ICT,https://a.no,2017/03/03\n"
    code, out, _ = _run(capsys, _write(tmp_path / "dup.csv", text), "--data-dir", data_copy, *NORWAY)
    assert code == 0 and "Added 1 row(s)" in out and "repeated within the file" in out


def test_hostile_cells_are_stored_as_text(data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = ['=HYPERLINK("http://evil.example","klikk")', "<script>alert(1)</script>", "+cmd|' /C calc'!A0"]
    rows = "\n".join(
        f'"{h.replace(chr(34), chr(34) * 2)}",ICT,https://h{i}.no,2017/03/03' for i, h in enumerate(hostile)
    )
    code, _, err = _run(
        capsys, _write(tmp_path / "hostile.csv", f"{ESCA_HEADER}\n{rows}\n"), "--data-dir", data_copy, *NORWAY
    )
    assert code == 0, err
    assert list(_records(data_copy)["organisation"].iloc[-3:]) == hostile


def test_changed_details_are_filled_in_and_reported(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "esca.csv", f"{ESCA_HEADER}\nArena Usus,Tourism,www.arenausus.no,2016/06/17\n")
    code, out, _ = _run(capsys, source, "--data-dir", data_copy, "--country", "NO", "--source-url", ESCA_NORWAY_PAGE)
    assert code == 0 and "Changed 1 row(s)" in out and "Added 0 row(s)" in out
    row = _records(data_copy).set_index("organisation").loc["Arena Usus"]
    assert row["sector"] == "Tourism" and "Updated from esca.csv row 2" in row["source_quote"]


def test_dry_run_writes_nothing(data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (data_copy / RECORDS).read_bytes()
    source = _write(tmp_path / "esca.csv", f"{ESCA_HEADER}\nA,ICT,https://a.no,2017/03/03\n")
    code, out, _ = _run(capsys, source, "--data-dir", data_copy, *NORWAY, "--dry-run")
    assert code == 0 and "Added 1 row(s)" in out and "Dry run" in out
    assert (data_copy / RECORDS).read_bytes() == before


def test_file_over_20_mb_is_refused(data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as stream:
        stream.write(f"{ESCA_HEADER}\n".encode())
        stream.truncate(MAX_BYTES + 1)
    code, _, err = _run(capsys, big, "--data-dir", data_copy, *NORWAY)
    assert code == 1 and "files over 20 MB are refused" in err


def test_crash_between_write_and_rename_leaves_data_as_it_was(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {p.name: p.read_bytes() for p in (data_copy / "sources").iterdir()}
    parquet = (data_copy / "label_events.parquet").read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk pulled out")

    monkeypatch.setattr(files.os, "replace", broken_replace)  # the one atomic write: src.facts.files
    source = _write(tmp_path / "esca.csv", f"{ESCA_HEADER}\nA,ICT,https://a.no,2017/03/03\n")
    code, _, err = _run(capsys, source, "--data-dir", data_copy, *NORWAY)
    assert code == 1 and "disk pulled out" in err
    assert {p.name: p.read_bytes() for p in (data_copy / "sources").iterdir()} == before
    assert (data_copy / "label_events.parquet").read_bytes() == parquet


# The import run as `python -m src.facts.import_register`, with an audit hook that says on stderr, as it happens,
# every file the import opens and every rename it makes under the watched folder: so the test can kill it at a
# known step and check that it was still running there, and that it said nothing else (no error, no traceback).
TRACED_IMPORT = """
import runpy, sys
watched = sys.argv.pop(1)
def trace(event, args):
    if event in ("open", "os.rename") and str(args[0]).startswith(watched):
        print("trace", event, *args[:2], sep="\t", file=sys.stderr, flush=True)
sys.addaudithook(trace)
runpy.run_module("src.facts.import_register", run_name="__main__", alter_sys=True)
"""
KILL_TIMEOUT_S = 120


def _kill_when(command: list[str], ready: Callable[[list[str]], bool]) -> tuple[int, list[str]]:
    """Run `command`, SIGKILL it as soon as its stderr lines so far satisfy `ready`; (exit status, every line)."""
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(process, lines), daemon=True)
    reader.start()
    said: list[str] = []
    deadline = time.monotonic() + KILL_TIMEOUT_S
    try:
        while not ready(said):
            try:
                line = lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                pytest.fail(f"the import did not reach the awaited step within {KILL_TIMEOUT_S} s: {said}")
            if line is None:
                break  # the child ended on its own: the caller's assertion on its status says so
            said.append(line)
    finally:
        process.kill()
        process.wait(timeout=30)
    reader.join(timeout=30)
    while not lines.empty():
        rest = lines.get_nowait()
        if rest is not None:
            said.append(rest)
    return process.returncode, said


def _read_lines(process: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    """Every stderr line of `process` as it comes, then None at the end (a thread, so waiting has a timeout)."""
    assert process.stderr is not None
    for line in process.stderr:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _renamed_to(said: list[str], target: Path) -> int | None:
    """The index of the child's line announcing a rename onto `target`, if it said one."""
    renames = (i for i, line in enumerate(said) if line.startswith("trace\tos.rename\t"))
    return next((i for i in renames if said[i].endswith(f"\t{target}")), None)


def test_killed_import_leaves_old_or_complete_new_file(data_copy: Path, tmp_path: Path) -> None:
    rows = 2_000  # enough that checking and rebuilding take a while: each kill lands inside its step
    lines = [ESCA_HEADER, *(f"Kill test {i:05d},ICT,https://k{i}.no,2017/03/03" for i in range(rows))]
    source = _write(tmp_path / "large.csv", "\n".join(lines) + "\n")
    old, old_rows = (data_copy / RECORDS).read_bytes(), len(_records(data_copy))
    target, backup = data_copy / RECORDS, data_copy / "sources/label_records.csv.bak"
    command = [sys.executable, "-c", TRACED_IMPORT, str(tmp_path), str(source), "--data-dir", str(data_copy), *NORWAY]

    # 1. Killed while reading and checking the file: it had written nothing, so nothing changed.
    reading = f"trace\topen\t{source}\t"
    status, said = _kill_when(command, lambda said: any(line.startswith(reading) for line in said))
    assert status == -signal.SIGKILL, said  # still running when killed: not crashed, not finished
    assert all(line.startswith("trace\t") for line in said), said  # no error message, no traceback
    assert said[-1].startswith(reading) and not any("os.rename" in line for line in said), said
    assert (data_copy / RECORDS).read_bytes() == old and not backup.exists()

    # 2. Killed while rebuilding the Parquet files, after the new file was renamed into place: it is complete.
    def rebuilding(said: list[str]) -> bool:
        renamed = _renamed_to(said, target)
        return renamed is not None and len(said) > renamed + 1  # a later step began, so the rename is done

    status, said = _kill_when(command, rebuilding)
    assert status == -signal.SIGKILL, said
    assert all(line.startswith("trace\t") for line in said), said
    renamed, backed_up = _renamed_to(said, target), _renamed_to(said, backup)
    assert backed_up is not None and renamed is not None and backed_up < renamed, said  # backup first, then the file
    assert len(_records(data_copy)) == old_rows + rows and backup.read_bytes() == old
    check_sources(read_sources(data_copy))  # whatever the kill left (a stray temp file at most) still checks
