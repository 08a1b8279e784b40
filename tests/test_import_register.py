"""The register import: every problem reported, nothing half-written, the same file twice changes nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from src.facts import import_register
from src.facts.build import check_sources, read_sources
from src.facts.import_register import MAX_BYTES, main, normalise_date, write
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
    row = "Eksempel,DK,silver,awarded,eksempel-silver-2017,03.03.2017,,,,,,https://e.dk,Sølv i 2017"
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
        f"{OWN_HEADER}\nX,SE,gold,awarded,x-gold-2018,2018,year,,,,,https://x.se,G\n",
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
    "Med lenke,DK,silver,awarded,med-silver-2017,2017-03-03,day,,,,,https://own.dk,Sølv\n"
    "Uten lenke,DK,gold,awarded,uten-gold-2018,2018,year,,,,,,G\n"
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

    monkeypatch.setattr(write.os, "replace", broken_replace)
    source = _write(tmp_path / "esca.csv", f"{ESCA_HEADER}\nA,ICT,https://a.no,2017/03/03\n")
    code, _, err = _run(capsys, source, "--data-dir", data_copy, *NORWAY)
    assert code == 1 and "disk pulled out" in err
    assert {p.name: p.read_bytes() for p in (data_copy / "sources").iterdir()} == before
    assert (data_copy / "label_events.parquet").read_bytes() == parquet


def test_killed_import_leaves_old_or_complete_new_file(data_copy: Path, tmp_path: Path) -> None:
    rows = 8_000  # ~4 s to check, then the rebuild takes longer: the kills land before and after the write
    lines = [ESCA_HEADER, *(f"Kill test {i:05d},ICT,https://k{i}.no,2017/03/03" for i in range(rows))]
    source = _write(tmp_path / "large.csv", "\n".join(lines) + "\n")
    old, old_rows = (data_copy / RECORDS).read_bytes(), len(_records(data_copy))
    for delay in (1.0, 6.0):
        process = subprocess.Popen(
            [sys.executable, "-m", "src.facts.import_register", str(source), "--data-dir", str(data_copy), *NORWAY],
            cwd=PROJECT_ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        now = (data_copy / RECORDS).read_bytes()
        assert now == old or len(_records(data_copy)) == old_rows + rows
    check_sources(read_sources(data_copy))  # whatever the kill left (a stray temp file at most) still checks
