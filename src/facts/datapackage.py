"""`datapackage.json` (Frictionless Data Package v2) for a data release: what each source table is, field by field.

Written with plain code, not the `frictionless` library: the build and the static edition then need no
heavy dependency at run time, and `tests/test_datapackage.py` checks every descriptor (and the CSVs it
describes) with `frictionless` itself. The fields come from the declared schemas in `src.facts.schemas`,
so a column added there and not here fails a test rather than going undescribed.

A kept release is described as it is, not as today's schema would have it: its fields are its files' own
headers, in their order; each column gets today's definition unless its release's facts schema (release.json's
`schema`) defined it differently (`src.facts.schema_history`); a primary or foreign key is declared only where
its columns are there.

A release folder (`data/` itself, or `data/releases/<version>/`) holds the source CSVs, either under
`sources/` and `curated/` as in `data/`, or side by side, and a `release.json` (`version`, `source_hash`,
`built`, `previous`, `schema`) written by the release build.
"""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from src.facts.files import write_atomically
from src.facts.paths import SOURCE_FILES
from src.facts.schema_history import field_as_in, table_description_key
from src.facts.schemas import (
    COUNTRIES,
    EVENTS,
    FIGURE_COUNTRIES,
    LEVELS,
    PRECISIONS,
    QUALIFIERS,
    QUOTE_LANGS,
    TOPICS,
)
from src.text.i18n import LANGUAGES, t

PACKAGE_FILE = "datapackage.json"
RELEASE_FILE = "release.json"
PACKAGE_NAME = "klyngekvalitet"
PACKAGE_LANGS = LANGUAGES  # every language the app has (nb, en, da)
MAIN_LANG = "en"  # `title`/`description` of the descriptor; every language is under `i18n`
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json"
SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
DIALECT_PROFILE = "https://datapackage.org/profiles/2.0/tabledialect.json"
# '2024', '2024-05' or '2024-05-03': a date as precise as its source, so a string, never a date type.
PARTIAL_DATE = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
# An absolute http(s) link with a host and no spaces, as `src.facts.schemas` checks it (`format: uri` alone
# would take 'http:/x' or 'ftp://x').
HTTP_URL = r"https?://[^\s/?#]+[^\s]*"


def words(key: str, lang: str, **values: object) -> str:
    """The catalog text in `lang` (one of PACKAGE_LANGS): the package, the chart files and the catalogue read it."""
    return t(key, lang, **values)


def i18n(title_key: str, description_key: str | None = None, **values: object) -> dict[str, dict[str, str]]:
    """{lang: {"title": …, "description": …}} in every package language."""
    out = {}
    for lang in PACKAGE_LANGS:
        entry = {"title": words(title_key, lang, **values)}
        if description_key:
            entry["description"] = words(description_key, lang)
        out[lang] = entry
    return out


def _field(name: str, type_: str = "string", *, required: bool = False, **extra: Any) -> dict[str, Any]:
    """One Table Schema field; `enum`, `minimum`, `maximum`, `pattern` go into its constraints."""
    constraints: dict[str, Any] = {k: extra.pop(k) for k in ("enum", "minimum", "maximum", "pattern") if k in extra}
    if required:
        constraints["required"] = True
    out: dict[str, Any] = {"name": name, "type": type_, **extra}
    if constraints:
        out["constraints"] = constraints
    return out


def _codes(name: str, codes: tuple[str, ...], *, required: bool = True) -> dict[str, Any]:
    return _field(name, required=required, enum=list(codes))


def _date(name: str) -> dict[str, Any]:
    return _field(name, pattern=PARTIAL_DATE, format="default")


def _url(name: str, *, required: bool = True) -> dict[str, Any]:
    return _field(name, format="uri", required=required, pattern=HTTP_URL)


def _text(name: str, *, required: bool = False) -> dict[str, Any]:
    return _field(name, required=required)


QUOTE_LANG_NOTE = {"description": "ISO 639-1 code of the quote's language, read by hand from the quote"}


@dataclass(frozen=True)
class SourceTable:
    """A source CSV's fields (in file order), primary key and links to other tables."""

    fields: list[dict[str, Any]]
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)


SOURCE_TABLES: dict[str, SourceTable] = {
    "figures": SourceTable(
        [
            _text("figure_id", required=True),
            _codes("topic", TOPICS),
            _codes("country", FIGURE_COUNTRIES),
            _text("measure", required=True),
            _text("category", required=True),
            _field("value", "number", required=True, minimum=0, description="in the unit of the row's `unit`"),
            _codes("qualifier", QUALIFIERS),
            _text("unit", required=True),
            _field("sample_size", "integer", minimum=0, unit="organisations"),
            _field("as_of", "date", required=True),
            _text("source_id", required=True),
            _text("quote", required=True),
            {**_codes("quote_lang", QUOTE_LANGS), **QUOTE_LANG_NOTE},
        ],
        ["figure_id"],
        [{"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}}],
    ),
    "sources": SourceTable(
        [
            _text("source_id", required=True),
            _text("title", required=True),
            _text("author"),
            _text("publisher", required=True),
            _url("url"),
            _field("published", "date", required=True),
            _text("language", required=True),
        ],
        ["source_id"],
    ),
    "label_records": SourceTable(
        [
            _text("organisation", required=True),
            _codes("country", COUNTRIES),
            _codes("level", LEVELS),
            _codes("event", EVENTS),
            _text("event_key"),
            _date("date"),
            _codes("date_precision", PRECISIONS, required=False),
            _date("valid_until"),
            _field("score_pct", "number", minimum=0, maximum=100, unit="percent"),
            _text("sector"),
            _text("region"),
            _url("source_url"),
            _text("source_quote", required=True),
            {**_codes("quote_lang", QUOTE_LANGS), **QUOTE_LANG_NOTE},
        ]
    ),
    "context_facts": SourceTable(
        [
            _text("fact_id", required=True),
            _text("statement", required=True),
            _field("value", description="as written: some hold two numbers ('566; 42')"),
            _text("unit"),
            _date("as_of"),
            _url("source_url"),
            _text("source_quote", required=True),
            {**_codes("quote_lang", QUOTE_LANGS), **QUOTE_LANG_NOTE},
        ],
        ["fact_id"],
    ),
    "alias_sources": SourceTable(
        [
            _text("old_name", required=True),
            _text("new_name", required=True),
            _date("changed"),
            _url("source_url"),
            _text("source_quote", required=True),
            {**_codes("quote_lang", QUOTE_LANGS), **QUOTE_LANG_NOTE},
        ],
        ["old_name", "new_name", "source_url"],
    ),
    "discrepancies": SourceTable(
        [
            _text("discrepancy_id", required=True),
            _text("about", required=True),
            _text("statement", required=True),
            _url("source_a_url"),
            _text("quote_a", required=True),
            {**_codes("quote_a_lang", QUOTE_LANGS), **QUOTE_LANG_NOTE},
            _url("source_b_url", required=False),
            _text("quote_b"),
            {**_codes("quote_b_lang", QUOTE_LANGS, required=False), **QUOTE_LANG_NOTE},
        ],
        ["discrepancy_id"],
    ),
    "aliases": SourceTable(
        [
            _text("org_id", required=True),
            _text("canonical_name", required=True),
            _text("alias", required=True),
            _text("renamed_from"),
            _text("basis"),
        ],
        ["alias"],
    ),
}


def csv_dialect(delimiter: str = ",", *, header: bool = True) -> dict[str, Any]:
    return {"$schema": DIALECT_PROFILE, "delimiter": delimiter, "header": header}


def table_schema(
    fields: list[dict[str, Any]], primary_key: list[str] | None = None, foreign_keys: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    schema: dict[str, Any] = {"$schema": SCHEMA_PROFILE, "fields": fields, "missingValues": [""]}
    if primary_key:
        schema["primaryKey"] = primary_key
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def csv_resource(
    name: str,
    path: str,
    schema: dict[str, Any],
    texts: dict[str, dict[str, str]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    main: str = MAIN_LANG,
) -> dict[str, Any]:
    """One CSV file as a tabular Data Resource: path, words in every language of `texts`, dialect and schema."""
    return {
        "$schema": RESOURCE_PROFILE,
        "name": name,
        "type": "table",
        "path": path,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": encoding,
        "title": texts[main]["title"],
        **({"description": texts[main]["description"]} if "description" in texts[main] else {}),
        "i18n": texts,
        "dialect": csv_dialect(delimiter),
        "schema": schema,
    }


def source_path(folder: Path, relative: str) -> str | None:
    """Where a source CSV sits in a release folder (as in `data/`, or side by side), relative to it."""
    for candidate in (relative, Path(relative).name):
        if (folder / candidate).is_file():
            return Path(candidate).as_posix()
    return None


def header(path: Path) -> list[str]:
    """The column names in a CSV file's first line, in their order."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


def release_schema(name: str, columns: list[str], schema: int | None) -> dict[str, Any]:
    """Table Schema of source table `name` as a release holds it: `columns` (its header) as facts schema `schema`
    defined them, and today's primary key only where all of its columns are there."""
    table = SOURCE_TABLES[name]
    today = {f["name"]: f for f in table.fields}
    fields = [field_as_in(schema, name, column, today.get(column)) for column in columns]
    key = table.primary_key if set(table.primary_key) <= set(columns) else []
    return table_schema(fields, key, [k for k in table.foreign_keys if set(k["fields"]) <= set(columns)])


def source_resources(folder: Path, schema: int | None = None) -> list[dict[str, Any]]:
    """Every source table present in `folder`, described from its own header in facts schema `schema`."""
    out = []
    for name in SOURCE_TABLES:
        path = source_path(folder, SOURCE_FILES[name])
        if path is None:
            continue
        texts = i18n(f"dp.table.{name}", table_description_key(schema, name))
        out.append(csv_resource(name, path, release_schema(name, header(folder / path), schema), texts))
    names = {r["name"] for r in out}
    for resource in out:  # a link to a table the release does not hold would fail validation
        keys = resource["schema"].get("foreignKeys", [])
        resource["schema"]["foreignKeys"] = [k for k in keys if k["reference"]["resource"] in names]
        if not resource["schema"]["foreignKeys"]:
            del resource["schema"]["foreignKeys"]
    return out


def read_release(folder: Path) -> dict[str, Any]:
    """The release's `release.json` ({} when the folder has none: data not yet released)."""
    path = folder / RELEASE_FILE
    if not path.is_file():
        return {}
    loaded = json.loads(path.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def publications(folder: Path) -> list[dict[str, str]]:
    """The package's `sources`: the publications in sources.csv, each with its licence as far as known (unknown)."""
    path = source_path(folder, SOURCE_FILES["sources"])
    if path is None:
        return []
    with (folder / path).open(encoding="utf-8", newline="") as handle:
        return source_entries(list(csv.DictReader(handle)))


def source_entries(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Data Package `sources` from sources.csv rows: publisher and title, the URL, and the licence: unknown."""
    return [
        {
            "title": f"{r['publisher']}: {r['title']}",
            "path": str(r["url"]),
            "description": words("dp.licence_unknown", MAIN_LANG),
        }
        for r in rows
    ]


def package(
    resources: list[dict[str, Any]], version: str | None, *, homepage: str = "", **extra: Any
) -> dict[str, Any]:
    """The package descriptor around `resources`. No `licenses`: no source states one (the description says so)."""
    texts = i18n("dp.title", "dp.description")
    descriptor: dict[str, Any] = {
        "$schema": PROFILE,
        "name": PACKAGE_NAME,
        "title": texts[MAIN_LANG]["title"],
        "description": texts[MAIN_LANG]["description"],
        "i18n": texts,
        "keywords": [w.strip() for w in words("dp.keywords", MAIN_LANG).split(";")],
        **({"version": version} if version else {}),
        **({"homepage": homepage} if homepage else {}),
        **extra,
        "resources": resources,
    }
    return descriptor


def release_package(folder: Path, version: str) -> dict[str, Any]:
    """The descriptor of one release folder's source tables."""
    release = read_release(folder)
    extra = {k: release[k] for k in ("source_hash", "built", "previous") if release.get(k)}
    schema = int(release["schema"]) if release.get("schema") else None  # None: today's
    return package(source_resources(folder, schema), version, sources=publications(folder), **extra)


def write_datapackage(folder: Path, version: str) -> Path:
    """Write `folder/datapackage.json` describing the release's source tables; returns its path."""
    target = folder / PACKAGE_FILE
    write_atomically(target, dumps(release_package(folder, version)).encode("utf-8"))
    return target


def dumps(descriptor: dict[str, Any]) -> str:
    return json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    """`python -m src.facts.datapackage FOLDER VERSION`: write FOLDER/datapackage.json (for the release build)."""
    parser = argparse.ArgumentParser(description="Describe a release folder's source tables as a Data Package.")
    parser.add_argument("folder", type=Path, help="data/ or data/releases/<version>/")
    parser.add_argument("version", help="the release's version, as in its release.json")
    args = parser.parse_args(argv)
    print(write_datapackage(args.folder, args.version))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
