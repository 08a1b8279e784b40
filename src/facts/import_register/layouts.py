"""Step 2: the two file layouts an import accepts, and how each maps to label_records.csv's columns.

ESCA's country list ("Name, Comparative portfolio, www, Label valid until") has no country and no
source link, so the command line's `--country` and `--source-url` fill them; a file already in
label_records.csv's schema keeps its own. The `www` column is the cluster's own website: it is part
of the layout but not stored (label_records.csv has no column for it, and as a source link it would
give a register entry a new identity on every import).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pandas as pd

from src.facts.errors import Problem
from src.facts.import_register.read import file_problem
from src.facts.schemas import COUNTRIES, SCHEMAS
from src.text.text_safety import safe_url

FIRST_DATA_LINE = 2  # header is line 1 in a CSV and row 1 in a sheet
RECORD_COLUMNS = list(SCHEMAS["label_records"].columns)
IDENTITY = ["organisation", "level", "event", "date", "valid_until", "source_url"]  # one record, whatever its details
UPDATABLE = ["country", "date_precision", "score_pct", "sector", "region"]  # details a re-import may fill in
ESCA_COLUMNS = {"Name": "organisation", "Comparative portfolio": "sector"}
ESCA_WEBSITE = "www"  # the cluster's own site: part of the layout, but not stored (no column for it)
ESCA_VALID_UNTIL = "Label valid until"
ESCA_HEADER = [*ESCA_COLUMNS, ESCA_WEBSITE, ESCA_VALID_UNTIL]
SOURCE_URL_OPTION = "--source-url"
SOURCE_URL_EXAMPLE = "http://www.cluster-analysis.org/benchmarked-clusters/?country=…"
OPTION_COLUMNS = {"--country": "country", SOURCE_URL_OPTION: "source_url"}  # an option fills this column
ESCA_LEVEL = "level"  # an optional column (any case) that overrides the default bronze
DEFAULT_LEVEL = "bronze"
ESCA_QUOTE_LANG = "en"  # the register is published in English: its line (name, sector, date) is an English quote


@dataclass
class Mapped:
    """Rows mapped to label_records columns, with their file line and the original column names."""

    rows: pd.DataFrame
    lines: list[int]
    labels: dict[str, str] = field(default_factory=dict)


def layout_of(columns: Sequence[str], name: str) -> str:
    """'esca' or 'records', or a DataError listing the expected and found columns."""
    if set(ESCA_HEADER) <= set(columns):
        return "esca"
    if set(RECORD_COLUMNS) <= set(columns):
        return "records"
    expected = ", ".join(ESCA_HEADER)
    raise file_problem(
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


def option_problems(layout: str, country: str | None, source_url: str | None, name: str) -> list[Problem]:
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


def map_esca(raw: pd.DataFrame, country: str, source_url: str) -> Mapped:
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
        quote_lang=ESCA_QUOTE_LANG,
    )
    labels = {v: k for k, v in ESCA_COLUMNS.items()} | {
        "valid_until": ESCA_VALID_UNTIL,
        "country": "--country",
        "source_url": SOURCE_URL_OPTION,
    }
    return Mapped(rows, _lines(raw), labels | ({"level": level_column} if level_column else {}))


def map_records(raw: pd.DataFrame, source_url: str | None) -> Mapped:
    """Rows already in the label_records.csv schema; `source_url` (if given) fills only their empty source links."""
    rows = raw[RECORD_COLUMNS].copy()
    if source_url:
        rows["source_url"] = rows["source_url"].mask(rows["source_url"] == "", source_url)
    return Mapped(rows, _lines(raw))


def _lines(raw: pd.DataFrame) -> list[int]:
    return list(range(FIRST_DATA_LINE, len(raw) + FIRST_DATA_LINE))
