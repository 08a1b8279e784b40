"""'Hva er endret': each release against the one before it, in the reader's words, for every renderer.

The app's sources page, the static edition and the Atom feed (`changes.xml`) all read `entries`, so
the three say the same. The numbers come from `src.metrics.release_counts` (never written by hand);
only the maintainer's short note beside a release is prose from a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from src.facts.paths import SOURCE_FILES
from src.facts.release import Release
from src.metrics.release_counts import Comparison
from src.text import formatting
from src.text.i18n import t
from src.views import releases

FILE_NAMES = {name: relative.rsplit("/", 1)[-1] for name, relative in SOURCE_FILES.items()}


@dataclass(frozen=True)
class Entry:
    """One release in the changelog: heading, summary, note and the two tables (empty when nothing changed)."""

    release: Release
    heading: str
    summary: str
    note: str
    records: pd.DataFrame
    counts: pd.DataFrame
    counts_note: str
    records_caption: str = ""  # the tables' names, one per release so a page with several stays navigable
    counts_caption: str = ""

    @property
    def anchor(self) -> str:
        """The id of the entry on a page (`release-3`), for links from a citation or the feed."""
        return f"release-{self.release.version}"


def entries(kept: list[Release], comparisons: list[Comparison], lang: str) -> list[Entry]:
    """Every kept release, newest first; the first has nothing to compare with."""
    by_newer = {c.newer.version: c for c in comparisons}
    out = [_entry(r, by_newer.get(r.version), lang) for r in kept]
    return out[::-1]


def _entry(release: Release, comparison: Comparison | None, lang: str) -> Entry:
    day = releases.built_day(release, lang)
    note = release.note(lang)
    if comparison is None:
        heading = t("changes.first", lang, version=release.version, date=day)
        return Entry(release, heading, "", note, pd.DataFrame(), pd.DataFrame(), "")
    heading = t("changes.release", lang, version=release.version, date=day, previous=comparison.older.version)
    changed = comparison.changed_counts
    if comparison.records.empty and changed.empty:
        return Entry(release, heading, t("changes.none", lang), note, pd.DataFrame(), pd.DataFrame(), "")
    rest = len(comparison.counts) - len(changed)
    counts_note = t("changes.counts_rest" if len(changed) else "changes.counts_same", lang,
                    count=rest if len(changed) else len(comparison.counts))  # fmt: skip
    return Entry(release, heading, summary(comparison.records, lang), note,
                 records_table(comparison.records, lang), counts_table(comparison, lang), counts_note,
                 t("changes.records", lang, version=release.version),
                 t("changes.counts", lang, version=release.version))  # fmt: skip


def summary(records: pd.DataFrame, lang: str) -> str:
    """How many records were added, removed and changed (a record changed in two fields counts once)."""
    kinds = records["change"]
    changed = records[kinds == "changed"]
    return t(
        "changes.summary",
        lang,
        added=int((kinds == "added").sum()),
        removed=int((kinds == "removed").sum()),
        changed=len(changed[["file", "row_before", "row_after"]].drop_duplicates()),
        fields=len(changed),
        columns=int((kinds == "column_added").sum()),
    )


def records_table(records: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The records that differ, one row per change (per field for a changed record), with its source."""
    rows = [
        (path_of(r.file), t(f"changes.kind.{r.change}", lang), r.record, r.field, r.before, r.after, r.source,
         _rows(r.row_before, r.row_after))
        for r in records.itertuples()
    ]  # fmt: skip
    columns = ["file", "change", "record", "field", "before", "after", "source", "rows"]
    return pd.DataFrame(rows, columns=[t(f"changes.col.{c}", lang) for c in columns])


def path_of(name: str) -> str:
    """A source's file name as kept in a release (`label_records.csv`)."""
    return FILE_NAMES.get(name, name)


def _rows(before: object, after: object) -> str:
    def text(row: object) -> str:
        return "–" if pd.isna(row) else str(int(row))  # type: ignore[call-overload]

    return f"{text(before)} → {text(after)}"


def counts_table(comparison: Comparison, lang: str) -> pd.DataFrame:
    """Each count that changed: what it counts, its value in both releases, and the change (+3, −1)."""
    changed = comparison.changed_counts
    rows = [
        (measure_label(r, comparison.on, lang), int(r.before), int(r.after), signed(int(r.change), lang))
        for r in changed.itertuples()
    ]
    older, newer = comparison.older.version, comparison.newer.version
    columns = [
        t("changes.col.count", lang),
        t("changes.col.release", lang, version=older),
        t("changes.col.release", lang, version=newer),
        t("changes.col.difference", lang),
    ]
    return pd.DataFrame(rows, columns=columns)


def measure_label(row: object, on: date, lang: str) -> str:
    """'Merker per år: 2017, Danmark', 'Fornyelsesradaren 1. desember 2026: utløpt' …"""
    measure, year, country, category = (getattr(row, c) for c in ("measure", "year", "country", "category"))
    values = {
        "year": "" if pd.isna(year) else str(int(year)),
        "country": t(f"country.{country}", lang) if country else "",
        "level": t(f"level.{category}", lang) if measure == "highest_level" else "",
        "part": t(f"changes.part.{category}", lang) if measure in ("follow_up", "radar") else "",
        "day": formatting.day(on, lang),
    }
    return t(f"changes.measure.{measure}", lang, **values)


def signed(change: int, lang: str) -> str:
    """'+3' or '−1' (a true minus sign), 0 as '0'."""
    text = formatting.number(abs(change), lang, decimals=0)
    return f"+{text}" if change > 0 else (f"−{text}" if change < 0 else text)
