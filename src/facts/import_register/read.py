"""Step 1: a CSV or XLSX file's cells as text, or a DataError saying plainly why the file cannot be read.

Note that the encoding and separator are guessed the way Excel users produce them (UTF-8 with or
without BOM, else Windows-1252; semicolon when the header has more of them than commas), so a
maintainer never has to convert a file before importing it.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd

from src.facts.errors import DataError, Problem

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused: the real register is well under 1 MB


def file_problem(file: str, message: str, row: int | None = None, column: str | None = None) -> DataError:
    """One problem as the DataError every step raises, so the command line reports them all alike."""
    return DataError([Problem(file, row, column, message)])


def read_raw(path: Path) -> pd.DataFrame:
    """The file's cells as text (header → columns), or a DataError saying plainly why not."""
    if not path.is_file():
        raise file_problem(path.name, "file not found")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise file_problem(path.name, f"the file is {size / 1024 / 1024:.1f} MB; files over 20 MB are refused")
    if size == 0:
        raise file_problem(path.name, "the file is empty")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise file_problem(path.name, "old .xls workbooks are not supported; save it as .xlsx or CSV")
    raw = _read_xlsx(path) if suffix in (".xlsx", ".xlsm") else _read_csv(path)
    raw.columns = [str(c).strip().lstrip("\ufeff") for c in raw.columns]
    if raw.empty:
        raise file_problem(path.name, "the file has a header but no data rows")
    return raw.fillna("").astype(str).apply(lambda col: col.str.strip())


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (Excel's 'CSV' on Windows)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise file_problem(name, "the file is neither UTF-8 nor Windows-1252 text")


def _read_csv(path: Path) -> pd.DataFrame:
    text = _decode(path.read_bytes(), path.name)
    header = text.splitlines()[0] if text.strip() else ""
    if not header.strip():
        raise file_problem(path.name, "the file is empty")
    separator = ";" if header.count(";") > header.count(",") else ","
    try:
        return pd.read_csv(io.StringIO(text), sep=separator, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as error:
        raise file_problem(path.name, f"cannot be read as CSV ({error})") from error


def _read_xlsx(path: Path) -> pd.DataFrame:
    try:
        return pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
    except (ValueError, OSError, KeyError, zipfile.BadZipFile) as error:
        raise file_problem(path.name, f"cannot be read as an Excel workbook ({type(error).__name__})") from error
