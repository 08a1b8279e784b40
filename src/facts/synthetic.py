"""Synthetic label registers for tests and benchmarks only: never written to `data/`, never shown as fact.

Every organisation is named "Synthetic cluster 000123" and every source link points to the
reserved `.invalid` domain, so a synthetic row that leaked anywhere would be recognised at once.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from src.facts.build import build_organisations
from src.facts.data import TABLE_COLUMNS
from src.facts.paths import PROJECT_ROOT, TABLE_FILES

SYNTHETIC_NAME = "Synthetic cluster {:06d}"
SYNTHETIC_URL = "https://example.invalid/synthetic-register"
SYNTHETIC_QUOTE = "Synthetic test data, not a real label"
SYNTHETIC_QUOTE_LANG = "en"
EPOCH = np.datetime64("2011-01-01", "D")
EVENT_COLUMNS = list(TABLE_COLUMNS["label_events"])
STRING_COLUMNS = [
    "record_id",
    "org_id",
    "name_as_written",
    "country",
    "level",
    "event",
    "event_key",
    "date_precision",
    "valid_until_precision",
    "sector",
    "region",
    "source_url",
    "source_quote",
    "quote_lang",
]
LEVELS = np.array(["bronze", "silver", "gold"])


def events_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A label_events frame from a few hand-written rows; unspecified columns get neutral defaults.

    Dates are ISO strings ('2015-03-01'); `date_precision` defaults to 'day' when a date is given.
    """
    frame = pd.DataFrame(list(rows))
    n = len(frame)
    defaults: dict[str, Any] = {
        "record_id": [f"t-{i:03d}" for i in range(n)],
        "name_as_written": frame.get("org_id", []),
        "country": "NO",
        "level": "bronze",
        "event": "awarded",
        "event_key": None,
        "date": None,
        "valid_until": None,
        "score_pct": None,
        "source_url": SYNTHETIC_URL,
        "source_quote": SYNTHETIC_QUOTE,
        "quote_lang": SYNTHETIC_QUOTE_LANG,
        "source_row": list(range(2, n + 2)),
    }
    for column, value in defaults.items():
        if column not in frame:
            frame[column] = value
        elif isinstance(value, str):
            frame[column] = frame[column].fillna(value)
    return _typed(frame)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """The dtypes `src.facts.build` writes, so code under test sees what it sees in production."""
    dates = pd.to_datetime(frame["date"]).astype("datetime64[ms]")
    until = pd.to_datetime(frame["valid_until"]).astype("datetime64[ms]")
    if "date_precision" not in frame:
        frame["date_precision"] = _text_where(dates.notna().to_numpy(), "day")
    if "valid_until_precision" not in frame:
        frame["valid_until_precision"] = _text_where(until.notna().to_numpy(), "day")
    for column in ("sector", "region"):
        if column not in frame:
            frame[column] = None
    typed = frame.assign(
        date=dates,
        valid_until=until,
        year=pd.array(dates.dt.year, dtype="Int64"),
        score_pct=pd.to_numeric(frame["score_pct"]).astype("Float64"),
        source_row=pd.array(frame["source_row"], dtype="Int64"),
    )
    return typed.astype({c: "string" for c in STRING_COLUMNS})[EVENT_COLUMNS]


def _text_where(mask: np.ndarray, text: str) -> pd.api.extensions.ExtensionArray:
    """`text` where `mask` is true, missing elsewhere (as a pandas string array)."""
    out = pd.array(np.where(mask, text, ""), dtype="string")
    out[~mask] = pd.NA
    return out


def _position_in_group(groups: np.ndarray) -> np.ndarray:
    """0, 1, 2 … within each run of equal values of a sorted array."""
    return np.arange(len(groups)) - np.searchsorted(groups, groups, side="left")


def _dates(rng: np.random.Generator, org: np.ndarray, n_orgs: int) -> np.ndarray:
    """Each organisation starts on a random day in 2011-2022 and recertifies every 1.4-3 years."""
    gaps = rng.integers(500, 1100, len(org))
    gaps[_position_in_group(org) == 0] = 0
    running = np.cumsum(gaps)
    since_start = running - running[np.searchsorted(org, org, side="left")]
    start = rng.integers(0, 12 * 365, n_orgs)
    return EPOCH + (start[org] + since_start).astype("timedelta64[D]")


def synthetic_events(n: int, seed: int = 0, undated_share: float = 0.05, register_share: float = 0.05) -> pd.DataFrame:
    """`n` synthetic label events (about three per organisation), reproducible from `seed`.

    Some rows are undated (no date, no expiry) and some are register entries (only `valid_until`),
    in the shares given, so every code path of the real data is exercised.
    """
    rng = np.random.default_rng(seed)
    n_orgs = max(1, n // 3)
    org = np.sort(rng.integers(0, n_orgs, n))
    position = _position_in_group(org)
    days = _dates(rng, org, n_orgs)
    rank = np.minimum(2, rng.choice([0, 0, 0, 1, 2], n_orgs)[org] + position // 2)
    event = np.where(position == 0, "awarded", np.where(rng.random(n) < 0.8, "renewed", "awarded"))
    kind = rng.random(n)
    event = np.where(kind < register_share, "register_entry", event)
    until = np.where(kind < register_share, days + np.timedelta64(730, "D"), np.datetime64("NaT"))
    dated = kind >= register_share + undated_share
    return _synthetic_frame(rng, org, n_orgs, days, dated, until, LEVELS[rank], event)


def _synthetic_frame(
    rng: np.random.Generator,
    org: np.ndarray,
    n_orgs: int,
    days: np.ndarray,
    dated: np.ndarray,
    until: np.ndarray,
    level: np.ndarray,
    event: np.ndarray,
) -> pd.DataFrame:
    """Assemble typed columns; org ids and names are built once per organisation, then indexed."""
    names = np.array([SYNTHETIC_NAME.format(i) for i in range(n_orgs)], dtype=object)
    ids = np.array([f"synthetic-{i:06d}" for i in range(n_orgs)], dtype=object)
    date = pd.Series(np.where(dated, days, np.datetime64("NaT")).astype("datetime64[ms]"))
    record_id = np.char.add("syn-", np.char.zfill(np.arange(len(org)).astype(str), 7))
    frame = pd.DataFrame(
        {
            "record_id": record_id,
            "org_id": ids[org],
            "name_as_written": names[org],
            "country": np.array(["NO", "DK"])[rng.integers(0, 2, n_orgs)][org],
            "level": level,
            "event": event,
            "event_key": pd.Series(record_id, dtype="string").where(event != "register_entry"),
            "date": date,
            "date_precision": _text_where(dated, "day"),
            "valid_until": until,
            "valid_until_precision": _text_where(~pd.isna(until), "day"),
            "score_pct": None,
            "source_url": SYNTHETIC_URL,
            "source_quote": SYNTHETIC_QUOTE,
            "quote_lang": SYNTHETIC_QUOTE_LANG,
            "source_row": np.arange(2, len(org) + 2),
        }
    )
    return _typed(frame)


SHIPPED = ("figures", "sources", "context_facts", "alias_sources", "discrepancies")
SHIPPED_DATA = PROJECT_ROOT / "data"  # never the KLYNGEKVALITET_DATA_DIR a benchmark has just pointed elsewhere


def write_data_folder(folder: Path, events: int, seed: int = 7) -> Path:
    """`folder` with the shipped figures/sources/context and `events` synthetic label records.

    Note that the project's own `data/` is refused: synthetic records must never sit beside the real ones.
    """
    if folder.resolve() == SHIPPED_DATA.resolve():
        raise ValueError("synthetic data may not be written to the project's data/ folder")
    folder.mkdir(parents=True, exist_ok=True)
    for name in SHIPPED:
        shutil.copy(SHIPPED_DATA / TABLE_FILES[name], folder / TABLE_FILES[name])
    records = synthetic_events(events, seed=seed)
    records = records.assign(year=records["date"].dt.year.astype("Int64"))
    aliases = pd.DataFrame({"org_id": pd.Series(dtype="string"), "canonical_name": pd.Series(dtype="string")})
    organisations = build_organisations(records, aliases)
    records.to_parquet(folder / TABLE_FILES["label_events"], index=False)
    organisations.to_parquet(folder / TABLE_FILES["organisations"], index=False)
    return folder
