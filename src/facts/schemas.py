"""Declared schemas of the source CSV files, and a validator that reports every problem at once.

The CSVs are read as text (nothing is guessed by pandas), checked here, and only then
converted to typed tables by `src.facts.build`. Each check carries a readable message so that a
maintainer sees "row 7, column 'level': unknown level" rather than a pandera dump.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
import pandera.pandas as pa

from src.facts.dates import is_valid_partial_date, precision_of
from src.facts.errors import DataError, Problem

COUNTRIES = ("NO", "DK")
FIGURE_COUNTRIES = (*COUNTRIES, "EU")
LEVELS = ("bronze", "silver", "gold")
EVENTS = ("awarded", "renewed", "register_entry")
TOPICS = ("comparison", "follow_up", "levels", "context")
QUALIFIERS = ("exact", "more_than")
PRECISIONS = ("day", "month", "year")
# Languages a quoted sentence may be in (ISO 639-1; nb and nn are the two written Norwegians). Each quote's
# language is read by hand from the quote and stored beside it, so a page can mark it (WCAG 3.1.2).
QUOTE_LANGS = ("nb", "nn", "da", "en", "sv", "de")
CSV_HEADER_LINES = 1


def _element_check(test: Callable[[str], bool], message: str) -> pa.Check:
    """A per-cell check whose failure message is `message`."""
    return pa.Check(test, element_wise=True, error=message)


def _one_of(allowed: tuple[str, ...], what: str) -> pa.Check:
    return _element_check(lambda v: v in allowed, f"unknown {what} (allowed: {', '.join(allowed)})")


def _is_number(text: str, *, optional: bool, low: float = 0, high: float | None = None) -> bool:
    if text == "":
        return optional
    try:
        value = float(text)
    except ValueError:
        return False
    return value >= low and (high is None or value <= high)


def _is_count(text: str) -> bool:
    return text == "" or (text.isdigit() and int(text) >= 0)


def _is_url(text: str) -> bool:
    """An absolute http(s) link with a host and no spaces ('https://' alone, or 'http:/x', is not one)."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in text)


NON_EMPTY = _element_check(lambda v: v.strip() != "", "must not be empty")
IS_URL = _element_check(_is_url, "missing source link (must start with http:// or https://)")
SLUG = _element_check(lambda v: v != "" and v == v.lower() and " " not in v, "id must be a lower-case slug")
HAS_QUOTE = _element_check(lambda v: v.strip() != "", "missing source quote")
DAY_DATE = _element_check(
    lambda v: precision_of(v) == "day" and is_valid_partial_date(v), "impossible date (YYYY-MM-DD)"
)
PARTIAL_DATE = _element_check(is_valid_partial_date, "impossible date (YYYY, YYYY-MM or YYYY-MM-DD)")
NON_NEGATIVE = _element_check(
    lambda v: _is_number(v, optional=False), "must be a number ≥ 0 (negative or not a number)"
)
COUNT = _element_check(_is_count, "must be a whole number ≥ 0")
QUOTE_LANG = _element_check(lambda v: v in QUOTE_LANGS, f"unknown quote language (allowed: {', '.join(QUOTE_LANGS)})")
OPTIONAL_QUOTE_LANG = _element_check(
    lambda v: v in ("", *QUOTE_LANGS), f"unknown quote language (allowed: {', '.join(QUOTE_LANGS)} or empty)"
)
PERCENT = _element_check(lambda v: _is_number(v, optional=True, high=100), "must be a percentage 0–100")


def _text(*checks: pa.Check, unique: bool = False) -> pa.Column:
    return pa.Column(str, checks=list(checks), unique=unique, report_duplicates="all")


def _date_matches_precision(df: pd.DataFrame) -> pd.Series:
    """The date is written in the precision the row claims (or both are empty)."""
    written = df["date"].map(lambda v: precision_of(v) or "")
    return written == df["date_precision"]


LABEL_EVENTS = ("awarded", "renewed")
NO_BASIS = "a name that is not a rename needs a basis (why it is the same organisation)"
KEY_REQUIRED = "an award or renewal needs an event_key"
KEY_FORBIDDEN = "a register entry has no event_key (it is not an award or renewal)"
KEY_LEVELS = "rows sharing this event_key disagree on the level"
KEY_DATES = "rows sharing this event_key give dates that cannot be one day (e.g. 2012-04 and 2013)"
B_SIDE = "source_b_url, quote_b and quote_b_lang go together (all given or all empty)"
RENAME_TO_ITSELF = "old_name and new_name are the same"

# Row-level checks see the whole row; each is reported once, at the column named here.
ROW_CHECK_COLUMNS = {
    "date and date_precision disagree": "date_precision",
    KEY_REQUIRED: "event_key",
    KEY_FORBIDDEN: "event_key",
    KEY_LEVELS: "event_key",
    KEY_DATES: "date",
    B_SIDE: "quote_b",
    RENAME_TO_ITSELF: "new_name",
    NO_BASIS: "basis",
}


def _key_present_for_awards(df: pd.DataFrame) -> pd.Series:
    """Every award or renewal row names its event (rows reporting the same event share the key)."""
    return ~df["event"].isin(LABEL_EVENTS) | (df["event_key"].str.strip() != "")


def _key_absent_for_register(df: pd.DataFrame) -> pd.Series:
    """Register rows are not awards or renewals, so they carry no key."""
    return (df["event"] != "register_entry") | (df["event_key"] == "")


def _key_agrees_on_level(df: pd.DataFrame) -> pd.Series:
    """Rows sharing a key describe one event, so they name one level (agreement on the organisation
    needs the alias table and is checked by `src.facts.build`)."""
    keyed = df["event_key"] != ""
    levels = df[keyed].groupby("event_key")["level"].transform("nunique")
    return (levels.reindex(df.index).fillna(1) <= 1).astype(bool)


def _key_dates_agree(df: pd.DataFrame) -> pd.Series:
    """Rows sharing a key may date the event more or less precisely, never differently: each date
    must be the start of the most precise one ('2012-04' and '2012-04-18' agree, '2012-05' does not)."""
    dated = df[(df["event_key"] != "") & (df["date"] != "")]
    longest = dated.groupby("event_key")["date"].transform(lambda d: max(d, key=len))
    agrees = [full.startswith(date) for date, full in zip(dated["date"], longest, strict=True)]
    return pd.Series(agrees, index=dated.index, dtype=bool).reindex(df.index, fill_value=True)


def _b_side_complete(df: pd.DataFrame) -> pd.Series:
    no_url, no_quote = df["source_b_url"] == "", df["quote_b"].str.strip() == ""
    return (no_url == no_quote) & (no_quote == (df["quote_b_lang"] == ""))


def _optional(check: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda v: v == "" or check(v)


def _renames_something(df: pd.DataFrame) -> pd.Series:
    return df["old_name"].str.casefold() != df["new_name"].str.casefold()


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "figures": pa.DataFrameSchema(
        {
            "figure_id": _text(NON_EMPTY, unique=True),
            "topic": _text(_one_of(TOPICS, "topic")),
            "country": _text(_one_of(FIGURE_COUNTRIES, "country")),
            "measure": _text(NON_EMPTY),
            "category": _text(NON_EMPTY),
            "value": _text(NON_NEGATIVE),
            "qualifier": _text(_one_of(QUALIFIERS, "qualifier")),
            "unit": _text(NON_EMPTY),
            "sample_size": _text(COUNT),
            "as_of": _text(DAY_DATE),
            "source_id": _text(NON_EMPTY),
            "quote": _text(HAS_QUOTE),
            "quote_lang": _text(QUOTE_LANG),
        },
        strict=True,
    ),
    "sources": pa.DataFrameSchema(
        {
            "source_id": _text(NON_EMPTY, unique=True),
            "title": _text(NON_EMPTY),
            "author": _text(),
            "publisher": _text(NON_EMPTY),
            "url": _text(IS_URL),
            "published": _text(DAY_DATE),
            "language": _text(NON_EMPTY),
        },
        strict=True,
    ),
    "label_records": pa.DataFrameSchema(
        {
            "organisation": _text(NON_EMPTY),
            "country": _text(_one_of(COUNTRIES, "country")),
            "level": _text(_one_of(LEVELS, "level")),
            "event": _text(_one_of(EVENTS, "event")),
            "event_key": _text(),
            "date": _text(PARTIAL_DATE),
            "date_precision": _text(_element_check(lambda v: v in ("", *PRECISIONS), "unknown date precision")),
            "valid_until": _text(PARTIAL_DATE),
            "score_pct": _text(PERCENT),
            "sector": _text(),
            "region": _text(),
            "source_url": _text(IS_URL),
            "source_quote": _text(HAS_QUOTE),
            "quote_lang": _text(QUOTE_LANG),
        },
        checks=[
            pa.Check(_date_matches_precision, error="date and date_precision disagree"),
            pa.Check(_key_present_for_awards, error=KEY_REQUIRED),
            pa.Check(_key_absent_for_register, error=KEY_FORBIDDEN),
            pa.Check(_key_agrees_on_level, error=KEY_LEVELS),
            pa.Check(_key_dates_agree, error=KEY_DATES),
        ],
        strict=True,
    ),
    "alias_sources": pa.DataFrameSchema(
        {
            "old_name": _text(NON_EMPTY),
            "new_name": _text(NON_EMPTY),
            "changed": _text(PARTIAL_DATE),
            "source_url": _text(IS_URL),
            "source_quote": _text(HAS_QUOTE),
            "quote_lang": _text(QUOTE_LANG),
        },
        checks=[pa.Check(_renames_something, error=RENAME_TO_ITSELF)],
        strict=True,
    ),
    "discrepancies": pa.DataFrameSchema(
        {
            "discrepancy_id": _text(SLUG, unique=True),
            "about": _text(NON_EMPTY),
            "statement": _text(NON_EMPTY),
            "source_a_url": _text(IS_URL),
            "quote_a": _text(HAS_QUOTE),
            "quote_a_lang": _text(QUOTE_LANG),
            "source_b_url": _text(
                _element_check(_optional(_is_url), "not a link (must start with http:// or https://)")
            ),
            "quote_b": _text(),
            "quote_b_lang": _text(OPTIONAL_QUOTE_LANG),
        },
        checks=[pa.Check(_b_side_complete, error=B_SIDE)],
        strict=True,
    ),
    "context_facts": pa.DataFrameSchema(
        {
            "fact_id": _text(NON_EMPTY, unique=True),
            "statement": _text(NON_EMPTY),
            "value": _text(),
            "unit": _text(),
            "as_of": _text(PARTIAL_DATE),
            "source_url": _text(IS_URL),
            "source_quote": _text(HAS_QUOTE),
            "quote_lang": _text(QUOTE_LANG),
        },
        strict=True,
    ),
    "aliases": pa.DataFrameSchema(
        {
            "org_id": _text(SLUG),
            "canonical_name": _text(NON_EMPTY),
            "alias": _text(NON_EMPTY, unique=True),
            "renamed_from": _text(),
            "basis": _text(),
        },
        checks=[pa.Check(lambda df: (df["renamed_from"] != "") | (df["basis"].str.strip() != ""), error=NO_BASIS)],
        strict=True,
    ),
}


def validate(name: str, frame: pd.DataFrame, file_label: str) -> list[Problem]:
    """Every problem of `frame` against the schema `name`, each naming file, row and column."""
    try:
        SCHEMAS[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return _problems_from(errors.failure_cases, file_label)
    return []


def _problems_from(cases: pd.DataFrame, file_label: str) -> list[Problem]:
    problems = []
    for case in cases.itertuples(index=False):
        at = ROW_CHECK_COLUMNS.get(str(case.check))
        if at is not None and case.column != at:
            continue  # a row-level check fails once per column; report it once, where it belongs
        row = None if pd.isna(case.index) else int(case.index) + CSV_HEADER_LINES + 1
        column = None if pd.isna(case.column) or case.column == "" else str(case.column)
        problems.append(Problem(file_label, row, column, _message(case)))
    return sorted(set(problems), key=lambda p: (p.row or 0, p.column or "", p.message))


def _message(case: Any) -> str:
    check = str(case.check)
    failure = case.failure_case
    if check == "column_in_dataframe":
        return f"missing column '{failure}'"
    if check == "column_in_schema":
        return f"unexpected column '{failure}'"
    if check == "field_uniqueness":
        return f"duplicate id {failure!r}"
    return f"{check} (found {failure!r})"


def raise_if_problems(problems: list[Problem], hint: str = "") -> None:
    """Raise one DataError holding every problem, if there are any."""
    if problems:
        raise DataError(problems, hint)
