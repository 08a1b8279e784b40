"""A chart's rows as files: one for the reader's spreadsheet, one pair for programmers.

The reader's file speaks their language: headers and country, level, stage and status names in
it, whole numbers as whole numbers, and (through `src.views.downloads`) `;` and decimal comma in
Norwegian. The programmer's pair is the same rows with the stable column names and codes of
`ChartView.table` in ISO formats (`,` and `.`), plus a `.metadata.json` that says what the rows
are: title, takeaway, source, quotes, licence note, as-of, n and the link (as OWID publishes).
"""

from __future__ import annotations

import json
from typing import Any

from src.facts.release import Release
from src.text.i18n import t
from src.views import releases
from src.views.chart_table import reader_table, whole_numbers
from src.views.chart_view import ChartView
from src.views.downloads import to_csv_bytes

METADATA_VERSION = 1


def reader_csv(view: ChartView, lang: str) -> bytes:
    """The reader's CSV: `;` and decimal comma in Norwegian, `,` and `.` in English, UTF-8 with BOM."""
    return to_csv_bytes(reader_table(view, lang), lang)


def machine_csv(view: ChartView) -> bytes:
    """The rows with stable column names and codes, ISO dates, `,` and `.`: the same in every language."""
    return to_csv_bytes(whole_numbers(view.table), None, bom=False)


def metadata(
    view: ChartView, lang: str, link: str, as_of: str, citation: str, release: Release | None = None
) -> dict[str, Any]:
    """What the machine-readable rows are: words in `lang`, everything else language-neutral.

    `release` is the data release the rows come from (version, day, source hash, link to its files).
    """
    return {
        "version": METADATA_VERSION,
        "chart": view.chart_id,
        "language": lang,
        "title": view.text.title,
        "takeaway": view.text.subtitle,
        "source": view.text.source_line,
        "description": view.text.description,
        "as_of": as_of,
        "release": releases.stamp(release) if release else None,
        "n": view.n,
        "rows": len(view.table),
        "columns": list(view.table.columns),
        "link": link,
        "citation": citation,
        "licence": t("files.licence", lang),
        "sources": [
            {"where": r.where, "url": r.url, "quote": r.quote, "quote_lang": r.lang, "row": r.row} for r in view.sources
        ],
    }


def metadata_json(
    view: ChartView, lang: str, link: str, as_of: str, citation: str, release: Release | None = None
) -> str:
    return json.dumps(metadata(view, lang, link, as_of, citation, release), ensure_ascii=False, indent=2) + "\n"
