"""Each kind of bad source row is rejected with a message naming file, row and column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from src.facts.build import build, check_sources, read_sources
from src.facts.errors import DataError

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


ALIAS_SOURCES = "sources/alias_sources.csv"
DISCREPANCIES = "sources/discrepancies.csv"
ALIASES = "curated/organisation_aliases.csv"


@pytest.mark.parametrize(
    ("relative", "row", "column", "value", "expected"),
    [
        # row 30 is NCE Subsea's 2013 gold award, row 2 Arena Eyde's register entry
        (RECORDS, 30, "event_key", "", "row 30, column 'event_key': an award or renewal needs an event_key"),
        (RECORDS, 2, "event_key", "arena-eyde-bronze", "row 2, column 'event_key': a register entry has no event_key"),
        # row 25 shares the key gce-node-gold-2012 with row 24 (gold); a silver row cannot share it
        (
            RECORDS,
            25,
            "level",
            "silver",
            "row 25, column 'event_key': rows sharing this event_key disagree on the level",
        ),
        # row 25 dates gce-node-gold-2012 '2012-04', row 24 '2012-04-18': '2012-05' cannot be the same day
        (RECORDS, 25, "date", "2012-05", "row 25, column 'date': rows sharing this event_key give dates"),
        (ALIAS_SOURCES, 3, "source_url", "gcenode.no/news", "alias_sources.csv, row 3, column 'source_url': missing"),
        (ALIAS_SOURCES, 4, "source_url", "https://", "row 4, column 'source_url': missing source link"),
        (ALIAS_SOURCES, 5, "source_quote", " ", "row 5, column 'source_quote': missing source quote"),
        (ALIAS_SOURCES, 6, "changed", "2024-02-30", "row 6, column 'changed': impossible date"),
        (ALIAS_SOURCES, 2, "new_name", "subsea valley", "row 2, column 'new_name': old_name and new_name are the same"),
        (DISCREPANCIES, 2, "source_a_url", "www.i-perform.no", "discrepancies.csv, row 2, column 'source_a_url'"),
        # quotes carry their language (read by hand from the quote): one of the known ISO codes, never empty
        (RECORDS, 72, "quote_lang", "dk", "row 72, column 'quote_lang': unknown quote language"),
        (RECORDS, 2, "quote_lang", "", "row 2, column 'quote_lang': unknown quote language"),
        (FIGURES, 3, "quote_lang", "no", "row 3, column 'quote_lang': unknown quote language"),
        (ALIAS_SOURCES, 2, "quote_lang", "NB", "row 2, column 'quote_lang': unknown quote language"),
        (DISCREPANCIES, 2, "quote_a_lang", "", "row 2, column 'quote_a_lang': unknown quote language"),
        (DISCREPANCIES, 6, "quote_b_lang", "nb", "row 6, column 'quote_b': source_b_url, quote_b and quote_b_lang"),
        (DISCREPANCIES, 3, "quote_a", "", "row 3, column 'quote_a': missing source quote"),
        (DISCREPANCIES, 4, "source_b_url", "ftp://x.no/a", "row 4, column 'source_b_url': not a link"),
        (
            DISCREPANCIES,
            5,
            "quote_b",
            "",
            "row 5, column 'quote_b': source_b_url, quote_b and quote_b_lang go together",
        ),
        (DISCREPANCIES, 6, "statement", "", "row 6, column 'statement': must not be empty"),
        (DISCREPANCIES, 3, "discrepancy_id", "labels_since", "column 'discrepancy_id': duplicate id 'labels_since'"),
    ],
)
def test_bad_v2_cell_is_named(data_copy: Path, relative: str, row: int, column: str, value: str, expected: str) -> None:
    _edit(data_copy, relative, row, column, value)
    problems = _problems(data_copy)
    assert any(expected in p for p in problems), problems


def test_rows_sharing_a_key_must_name_one_organisation(data_copy: Path) -> None:
    # rows 24 and 25 share gce-node-gold-2012; 'Oslo Medtech' is another organisation (norway-health-tech)
    _edit(data_copy, RECORDS, 25, "organisation", "Oslo Medtech")
    problems = _problems(data_copy)
    assert any("row 25, column 'event_key'" in p and "name different organisations" in p for p in problems), problems


def test_a_renamed_name_under_its_new_name_still_agrees(data_copy: Path) -> None:
    """Row 25 written as 'GCE NODE' (the later name) is the same organisation as row 24's 'NCE NODE – …'."""
    _edit(data_copy, RECORDS, 25, "organisation", "GCE NODE")
    check_sources(read_sources(data_copy))  # no problem raised


def test_a_rename_needs_a_public_sentence(data_copy: Path) -> None:
    """Row 5 of the alias table (Arena Heidner → NCE Heidner Biocluster) loses its page: the build refuses."""
    path = data_copy / ALIAS_SOURCES
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame[frame["old_name"] != "Arena Heidner"].to_csv(path, index=False)
    problems = _problems(data_copy)
    assert any(
        "organisation_aliases.csv, row 5, column 'renamed_from'" in p and "'Arena Heidner'" in p for p in problems
    ), problems


def test_a_name_that_is_no_rename_needs_a_basis(data_copy: Path) -> None:
    _edit(data_copy, ALIASES, 9, "basis", "")  # MARCOD / Marcod: a spelling, not a rename
    assert any("row 9, column 'basis'" in p for p in _problems(data_copy))


def test_every_v2_problem_is_reported_at_once(data_copy: Path) -> None:
    _edit(data_copy, RECORDS, 30, "event_key", "")
    _edit(data_copy, ALIAS_SOURCES, 3, "source_quote", "")
    _edit(data_copy, DISCREPANCIES, 2, "source_a_url", "nowhere")
    problems = _problems(data_copy)
    assert len(problems) == 3, problems
    assert {p.split(",")[0] for p in problems} == {RECORDS, ALIAS_SOURCES, DISCREPANCIES}
