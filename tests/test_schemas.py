"""Each kind of bad source row is rejected with a message naming file, row and column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from src.build import build, check_sources, read_sources
from src.errors import DataError

RECORDS = "sources/label_records.csv"
FIGURES = "sources/published_figures.csv"


def _edit(folder: Path, relative: str, row: int, column: str, value: str) -> None:
    """Set one cell; `row` is the line number as a person sees it (header = 1)."""
    path = folder / relative
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[row - 2, column] = value
    frame.to_csv(path, index=False)


def _problems(folder: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        check_sources(read_sources(folder))
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("relative", "row", "column", "value", "expected"),
    [
        (RECORDS, 5, "level", "platinum", "label_records.csv, row 5, column 'level': unknown level"),
        (RECORDS, 30, "date", "2017-02-30", "row 30, column 'date': impossible date"),
        (RECORDS, 31, "date", "1899-05-01", "row 31, column 'date': impossible date"),
        (RECORDS, 12, "valid_until", "2018-13", "row 12, column 'valid_until': impossible date"),
        (RECORDS, 40, "score_pct", "140", "row 40, column 'score_pct': must be a percentage"),
        (RECORDS, 7, "source_url", "", "row 7, column 'source_url': missing source link"),
        (RECORDS, 8, "source_quote", "", "row 8, column 'source_quote': missing source quote"),
        (RECORDS, 9, "event", "won", "row 9, column 'event': unknown event"),
        (FIGURES, 8, "value", "-55", "published_figures.csv, row 8, column 'value': must be a number ≥ 0"),
        (FIGURES, 11, "sample_size", "-3", "row 11, column 'sample_size': must be a whole number ≥ 0"),
        (FIGURES, 3, "figure_id", "no_gold_valid", "column 'figure_id': duplicate id 'no_gold_valid'"),
        (FIGURES, 4, "source_id", "nowhere-2020", "row 4, column 'source_id': missing source 'nowhere-2020'"),
        (FIGURES, 4, "quote", " ", "row 4, column 'quote': missing source quote"),
        (FIGURES, 4, "as_of", "28.03.2017", "row 4, column 'as_of': impossible date"),
    ],
)
def test_bad_cell_is_named(data_copy: Path, relative: str, row: int, column: str, value: str, expected: str) -> None:
    _edit(data_copy, relative, row, column, value)
    problems = _problems(data_copy)
    assert any(expected in p for p in problems), problems


def test_date_must_match_its_precision(data_copy: Path) -> None:
    _edit(data_copy, RECORDS, 24, "date_precision", "year")  # the row says 2012-04-18
    assert any("row 24" in p and "date and date_precision disagree" in p for p in _problems(data_copy))


def test_every_problem_in_every_file_is_reported_at_once(data_copy: Path) -> None:
    _edit(data_copy, RECORDS, 5, "level", "platinum")
    _edit(data_copy, RECORDS, 6, "country", "SE")
    _edit(data_copy, FIGURES, 2, "topic", "gossip")
    problems = _problems(data_copy)
    assert len(problems) == 3
    assert {p.split(",")[0] for p in problems} == {RECORDS, FIGURES}


def test_missing_column_is_named(data_copy: Path) -> None:
    path = data_copy / RECORDS
    pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["level"]).to_csv(path, index=False)
    assert any("missing column 'level'" in p for p in _problems(data_copy))


def test_missing_source_file_is_named(data_copy: Path) -> None:
    (data_copy / FIGURES).unlink()
    with pytest.raises(DataError, match=r"published_figures\.csv: cannot be read"):
        read_sources(data_copy)


def test_nothing_is_written_when_a_source_is_bad(data_copy: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in data_copy.glob("*.parquet")}
    _edit(data_copy, RECORDS, 5, "level", "platinum")
    with pytest.raises(DataError):
        build(data_copy)
    assert {p.name: p.stat().st_mtime_ns for p in data_copy.glob("*.parquet")} == before
