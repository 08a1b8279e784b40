"""Build the app's Parquet tables from the source CSVs: load → check → process → save (atomically).

Run with `python -m src.facts.build` (or `make data`). Nothing is written unless every source passes
its schema; then each table is written to a temporary file and renamed into place, so a crash
never leaves a half-written Parquet file behind.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from src.facts import release
from src.facts.data import RELEASE_METADATA, REQUIRED_COLUMNS
from src.facts.dates import parse_partial_date, precision_of
from src.facts.errors import DataError, Problem
from src.facts.events import event_ids
from src.facts.files import write_atomically
from src.facts.paths import SOURCE_FILES, TABLE_FILES, data_dir
from src.facts.schemas import CSV_HEADER_LINES, raise_if_problems, validate

FIRST_DATA_LINE = CSV_HEADER_LINES + 1


def read_sources(folder: Path) -> dict[str, pd.DataFrame]:
    """Every source CSV as text columns; a missing or unreadable file is a Problem, not a crash."""
    frames, problems = {}, []
    for name, relative in SOURCE_FILES.items():
        try:
            frames[name] = pd.read_csv(folder / relative, dtype=str, keep_default_na=False, encoding="utf-8")
        except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
            problems.append(Problem(relative, None, None, f"cannot be read: {error}"))
    raise_if_problems(problems)
    return frames


def check_sources(frames: dict[str, pd.DataFrame]) -> None:
    """Schema problems of every file plus the links between files, all reported together."""
    problems = [p for name, frame in frames.items() for p in validate(name, frame, SOURCE_FILES[name])]
    problems += _unknown_source_ids(frames)
    problems += _renames_without_source(frames)
    problems += _keys_across_organisations(frames)
    raise_if_problems(problems)


def _has(frames: dict[str, pd.DataFrame], name: str, *columns: str) -> bool:
    """Whether a frame has the columns a cross-file check reads (a missing one is already reported)."""
    return name in frames and all(c in frames[name] for c in columns)


def _renames_without_source(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """A rename in the alias table must be one a public page states (old name → the canonical name)."""
    if not _has(frames, "aliases", "renamed_from", "canonical_name") or not _has(
        frames, "alias_sources", "old_name", "new_name"
    ):
        return []
    stated = set(zip(frames["alias_sources"]["old_name"], frames["alias_sources"]["new_name"], strict=True))
    aliases = frames["aliases"]
    return [
        Problem(
            SOURCE_FILES["aliases"],
            i + FIRST_DATA_LINE,
            "renamed_from",
            f"no page in alias_sources.csv states the rename {old!r} → {new!r}",
        )
        for i, (old, new) in enumerate(zip(aliases["renamed_from"], aliases["canonical_name"], strict=True))
        if old and (old, new) not in stated
    ]


def _keys_across_organisations(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Rows sharing an event_key describe one event, so they name one organisation (after renames)."""
    if not _has(frames, "label_records", "event_key", "organisation") or not _has(
        frames, "aliases", "alias", "org_id", "canonical_name"
    ):
        return []
    records = frames["label_records"]
    keyed = records.assign(org_id=_org_ids(records, frames["aliases"]))[records["event_key"] != ""]
    clash = keyed[keyed.groupby("event_key")["org_id"].transform("nunique") > 1]
    return [
        Problem(
            SOURCE_FILES["label_records"],
            int(i) + FIRST_DATA_LINE,
            "event_key",
            f"rows sharing the event_key {key!r} name different organisations (found {name!r})",
        )
        for i, key, name in zip(clash.index, clash["event_key"], clash["organisation"], strict=True)
    ]


def _unknown_source_ids(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    if "source_id" not in frames["figures"] or "source_id" not in frames["sources"]:
        return []
    known = set(frames["sources"]["source_id"])
    return [
        Problem(
            SOURCE_FILES["figures"], i + FIRST_DATA_LINE, "source_id", f"missing source {sid!r} (not in sources.csv)"
        )
        for i, sid in enumerate(frames["figures"]["source_id"])
        if sid and sid not in known
    ]


def slugify(name: str) -> str:
    """A stable, URL-safe id from a name ('Mineralklynge Norge' → 'mineralklynge-norge')."""
    folded = name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    ascii_name = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def _org_ids(records: pd.DataFrame, aliases: pd.DataFrame) -> pd.Series:
    """Organisation id per record: the alias table for renamed organisations, else a slug of the name."""
    by_alias = dict(zip(aliases["alias"], aliases["org_id"], strict=True))
    by_canonical = dict(zip(aliases["canonical_name"], aliases["org_id"], strict=True))
    return records["organisation"].map(lambda n: by_alias.get(n) or by_canonical.get(n) or slugify(n))


def _to_timestamp(text: str) -> pd.Timestamp:
    parsed = parse_partial_date(text)
    return pd.Timestamp(parsed) if parsed else pd.NaT


def _nullable(series: pd.Series) -> pd.Series:
    return series.replace("", None).astype("string")


def build_label_events(records: pd.DataFrame, aliases: pd.DataFrame) -> pd.DataFrame:
    """One row per public label record, with its organisation id, typed dates and source row."""
    dates = records["date"].map(_to_timestamp)
    return pd.DataFrame(
        {
            "record_id": [f"lr-{i + FIRST_DATA_LINE:03d}" for i in range(len(records))],
            "org_id": _org_ids(records, aliases).astype("string"),
            "name_as_written": records["organisation"].astype("string"),
            "country": records["country"].astype("string"),
            "level": records["level"].astype("string"),
            "event": records["event"].astype("string"),
            "event_key": _nullable(records["event_key"]),
            "date": pd.to_datetime(dates).astype("datetime64[ms]"),
            "date_precision": _nullable(records["date_precision"]),
            "year": pd.array([d.year if pd.notna(d) else None for d in dates], dtype="Int64"),
            "valid_until": pd.to_datetime(records["valid_until"].map(_to_timestamp)).astype("datetime64[ms]"),
            "valid_until_precision": _nullable(records["valid_until"].map(lambda v: precision_of(v) or "")),
            "score_pct": pd.to_numeric(records["score_pct"].replace("", None)).astype("Float64"),
            "sector": _nullable(records["sector"]),
            "region": _nullable(records["region"]),
            "source_url": records["source_url"].astype("string"),
            "source_quote": records["source_quote"].astype("string"),
            "quote_lang": records["quote_lang"].astype("string"),
            "source_row": pd.array(range(FIRST_DATA_LINE, len(records) + FIRST_DATA_LINE), dtype="Int64"),
        }
    )


ORGANISATION_COLUMNS = list(REQUIRED_COLUMNS["organisations"])  # what src.facts.data requires, in its order
COUNT_COLUMNS = ("record_count", "event_count")


def build_organisations(
    events: pd.DataFrame, aliases: pd.DataFrame, renames: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per organisation: canonical name, every other name it appears under, its former names
    (those a public page states, see `build_alias_sources`), where known its sector/region, and how
    many rows and distinct label events the records hold about it.

    Group-bys and merges rather than a loop per organisation, so a register of hundreds of
    thousands of imported records builds in seconds. Sorted by org_id; rows without an org_id are left out.
    """
    grouped = events.groupby("org_id", sort=True)
    first_row = events.drop_duplicates("org_id").set_index("org_id").reindex(grouped.size().index)
    name = _canonical_names(first_row["name_as_written"], aliases)
    known = grouped[["sector", "region"]].first()  # first value that is not missing
    frame = pd.DataFrame(
        {
            "canonical_name": name,
            "aliases": _other_names(events, name),
            "former_names": _former_names(renames, name.index),
            "country": first_row["country"],
            "sector": known["sector"],
            "region": known["region"],
            "record_count": grouped.size(),
            "event_count": event_ids(events).groupby(events["org_id"]).nunique(),
        }
    ).reset_index(names="org_id")
    return frame.astype({c: "string" for c in ORGANISATION_COLUMNS if c not in COUNT_COLUMNS}).astype(
        {c: "Int64" for c in COUNT_COLUMNS}
    )


def _former_names(renames: pd.DataFrame | None, orgs: pd.Index) -> pd.Series:
    """Each organisation's former names as public pages state them, ' | '-joined ('' if none)."""
    if renames is None or renames.empty:
        return pd.Series("", index=orgs)
    names = renames.drop_duplicates(["org_id", "old_name"]).groupby("org_id", sort=False)["old_name"]
    return names.agg(" | ".join).reindex(orgs, fill_value="")


def _canonical_names(first_names: pd.Series, aliases: pd.DataFrame) -> pd.Series:
    """The alias table's canonical name where it has one (a renamed organisation), else the first name written."""
    canonical = aliases.drop_duplicates("org_id", keep="last").set_index("org_id")["canonical_name"]
    listed = first_names.index.isin(canonical.index)
    return first_names.where(~listed, canonical.reindex(first_names.index)).astype("string")


def _other_names(events: pd.DataFrame, name: pd.Series) -> pd.Series:
    """Each organisation's names other than `name`, ' | '-joined in order of first appearance ('' if none)."""
    pairs = events[["org_id", "name_as_written"]].dropna(subset=["org_id"]).drop_duplicates()
    pairs = pairs[pairs["name_as_written"].to_numpy() != name.reindex(pairs["org_id"]).to_numpy()]
    joined = pairs.groupby("org_id", sort=False)["name_as_written"].agg(" | ".join)
    return joined.reindex(name.index, fill_value="")


def build_figures(figures: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The article's figures, typed, with the source's title, publisher and link beside each."""
    typed = figures.assign(
        value=pd.to_numeric(figures["value"]).astype("float64"),
        sample_size=pd.to_numeric(figures["sample_size"].replace("", None)).astype("Int64"),
        as_of=pd.to_datetime(figures["as_of"]).astype("datetime64[ms]"),
        source_row=pd.array(range(FIRST_DATA_LINE, len(figures) + FIRST_DATA_LINE), dtype="Int64"),
    )
    joined = typed.merge(
        sources[["source_id", "title", "publisher", "url"]].rename(
            columns={"title": "source_title", "publisher": "source_publisher", "url": "source_url"}
        ),
        on="source_id",
        how="left",
    )
    return joined.astype({c: "string" for c in joined.columns if joined[c].dtype == object or c == "quote"})


def build_sources(sources: pd.DataFrame) -> pd.DataFrame:
    """The publications the figures come from."""
    typed = sources.assign(published=pd.to_datetime(sources["published"]).astype("datetime64[ms]"))
    return typed.astype({c: "string" for c in typed.columns if c != "published"})


def build_context_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Context facts, values kept as written (some hold two numbers, e.g. '566; 42')."""
    return facts.assign(
        as_of_precision=facts["as_of"].map(lambda v: precision_of(v) or ""),
        source_row=pd.array(range(FIRST_DATA_LINE, len(facts) + FIRST_DATA_LINE), dtype="Int64"),
    ).astype({c: "string" for c in [*facts.columns, "as_of_precision"]})


def build_alias_sources(renames: pd.DataFrame, aliases: pd.DataFrame) -> pd.DataFrame:
    """Each public sentence stating a rename, with the id of the organisation it renames.

    The organisation is the one whose canonical name is the new name (or, for a name not in the
    alias table, the slug of the new name), so an organisation page can show its former names
    with the page and sentence behind each.
    """
    by_canonical = dict(zip(aliases["canonical_name"], aliases["org_id"], strict=True))
    changed = renames["changed"].map(_to_timestamp)
    return pd.DataFrame(
        {
            "org_id": renames["new_name"].map(lambda n: by_canonical.get(n) or slugify(n)).astype("string"),
            "old_name": renames["old_name"].astype("string"),
            "new_name": renames["new_name"].astype("string"),
            "changed": pd.to_datetime(changed).astype("datetime64[ms]"),
            "changed_precision": _nullable(renames["changed"].map(lambda v: precision_of(v) or "")),
            "source_url": renames["source_url"].astype("string"),
            "source_quote": renames["source_quote"].astype("string"),
            "quote_lang": renames["quote_lang"].astype("string"),
            "source_row": pd.array(range(FIRST_DATA_LINE, len(renames) + FIRST_DATA_LINE), dtype="Int64"),
        }
    )


def build_discrepancies(discrepancies: pd.DataFrame) -> pd.DataFrame:
    """Known differences between sources, as written (the page translates `about`/`statement` by id)."""
    return discrepancies.assign(
        source_b_url=_nullable(discrepancies["source_b_url"]),
        quote_b=_nullable(discrepancies["quote_b"]),
        quote_b_lang=_nullable(discrepancies["quote_b_lang"]),
        source_row=pd.array(range(FIRST_DATA_LINE, len(discrepancies) + FIRST_DATA_LINE), dtype="Int64"),
    ).astype({c: "string" for c in discrepancies.columns})


def build_tables(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """All Parquet tables from checked source frames."""
    events = build_label_events(frames["label_records"], frames["aliases"])
    renames = build_alias_sources(frames["alias_sources"], frames["aliases"])
    return {
        "figures": build_figures(frames["figures"], frames["sources"]),
        "sources": build_sources(frames["sources"]),
        "organisations": build_organisations(events, frames["aliases"], renames),
        "label_events": events,
        "context_facts": build_context_facts(frames["context_facts"]),
        "alias_sources": renames,
        "discrepancies": build_discrepancies(frames["discrepancies"]),
    }


def build(folder: Path) -> dict[str, pd.DataFrame]:
    """Load, check, process and save every table in `folder`; returns the tables written."""
    return build_release(folder)[0]


def build_release(
    folder: Path, today: date | None = None, note: str = "", force: bool = False
) -> tuple[dict[str, pd.DataFrame], release.Outcome]:
    """`build`, and the release it makes: a new one when the sources changed (`src.facts.release`).

    Order: check the sources, keep the release's files, write the Parquet tables (each naming the
    release in its metadata), and only then data/release.json. A reader's process keyed on
    release.json therefore never pairs a release with tables from another one.
    """
    frames = read_sources(folder)
    check_sources(frames)
    tables = build_tables(frames)
    outcome = release.prepare(folder, today or date.today(), note, force)
    for name, frame in tables.items():
        write_atomically(folder / TABLE_FILES[name], parquet_bytes(frame, outcome.release.version))
    release.publish(folder, outcome.release)
    return tables, outcome


def parquet_bytes(frame: pd.DataFrame, version: str) -> bytes:
    """The table as Parquet with the release's version in its schema metadata (`RELEASE_METADATA`)."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), RELEASE_METADATA: version.encode()})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Parquet tables from data/sources/*.csv.")
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder (default: the project's data/)")
    parser.add_argument("--note", default="", help="a short human note kept beside a new release (NOTE.md)")
    parser.add_argument("--release", action="store_true", help="make a new release even if no source changed")
    args = parser.parse_args(argv)
    folder = args.data_dir or data_dir()
    try:
        tables, outcome = build_release(folder, note=args.note, force=args.release)
    except DataError as error:
        print(f"Nothing written: {len(error.problems)} problem(s) in the sources.", file=sys.stderr)
        print(error.summary(), file=sys.stderr)
        return 1
    for name, frame in tables.items():
        print(f"{TABLE_FILES[name]:<24} {len(frame):>4} rows")
    print(outcome.message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
