"""Dates as precise as the source: a record known only to the year or the month is never shown with a day.

Property: for any organisations whose records are dated only to a year or a month (and whose stated
expiries are too), nothing the app or the files write about them (sentences, tables, CSV/XLSX, metadata,
chart tooltips, the register, the radar, the renewal note) names the first or last day of a month: the
only days such records could be turned into ('2015' stored as 2015-01-01, an expiry as 2027-12-31).
The chosen day (`ON`) and the article's day (28 March 2017) are mid-month, so any such day is a leak.
"""

from __future__ import annotations

import calendar
import dataclasses
import io
import json
import re
from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from src.export import chart_files, export
from src.facts.build import build_organisations
from src.facts.data import Tables
from src.facts.synthetic import events_frame
from src.text import formatting
from src.views import filters, org_views, register, registry, renewal
from src.views.chart_table import display_table
from src.views.chart_view import ChartView
from src.views.source_list import published_table, table_csv

ON = date(2025, 6, 15)
LANGS = ("nb", "en")
MONTHS_NB = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
MONTHS_EN = "|".join(calendar.month_name[1:])
LONG_NB = re.compile(rf"\b(\d{{1,2}})\. ({MONTHS_NB}) (\d{{4}})")
LONG_EN = re.compile(rf"\b(\d{{1,2}}) ({MONTHS_EN}) (\d{{4}})")
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
NUMERIC_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def _boundary(year: int, month: int, day: int) -> bool:
    """The first or last day of its month: what a year or month becomes when a day is made up for it."""
    return day == 1 or day == calendar.monthrange(year, month)[1]


def made_up_days(text: str) -> list[str]:
    """Every written day in `text` that is the first or last of its month."""
    found = []
    for match in ISO_DAY.finditer(text):
        y, m, d = (int(g) for g in match.groups())
        if 1 <= m <= 12 and _boundary(y, m, d):
            found.append(match[0])
    for match in NUMERIC_DAY.finditer(text):
        d, m, y = (int(g) for g in match.groups())
        if 1 <= m <= 12 and _boundary(y, m, d):
            found.append(match[0])
    for pattern, names in ((LONG_NB, MONTHS_NB.split("|")), (LONG_EN, MONTHS_EN.split("|"))):
        for match in pattern.finditer(text):
            d, m, y = int(match[1]), names.index(match[2]) + 1, int(match[3])
            if _boundary(y, m, d):
                found.append(match[0])
    return found


def test_the_detector_finds_made_up_days_and_only_those() -> None:
    assert made_up_days("1. januar 2024, 31 December 2027, 2015-01-01, 01.03.2019") == [
        "2015-01-01",
        "01.03.2019",
        "1. januar 2024",
        "31 December 2027",
    ]
    assert made_up_days("15. juni 2025, 28 March 2017, 2024, 2024-05, mars 2019, 2017-03-28") == []


partial_dates = st.one_of(
    st.integers(2011, 2024).map(lambda y: (f"{y}-01-01", "year")),  # stored as the first day, as the build does
    st.tuples(st.integers(2011, 2024), st.integers(1, 12)).map(lambda p: (f"{p[0]}-{p[1]:02d}-01", "month")),
)
record = st.fixed_dictionaries(
    {
        "org": st.sampled_from(["alfa", "beta"]),
        "level": st.sampled_from(["bronze", "silver", "gold"]),
        "event": st.sampled_from(["awarded", "renewed"]),
        "when": partial_dates,
        "until": st.one_of(st.none(), partial_dates),
        "score": st.one_of(st.none(), st.integers(60, 100)),
    }
)


def _tables(shipped: Tables, records: list[dict[str, object]]) -> Tables:
    rows = []
    for i, r in enumerate(records):
        when, until = r["when"], r["until"]
        rows.append(
            {
                "org_id": r["org"], "name_as_written": str(r["org"]).title(), "level": r["level"], "event": r["event"],
                "event_key": f"k{i}", "date": when[0], "date_precision": when[1],  # type: ignore[index]
                "valid_until": until[0] if until else None,  # type: ignore[index]
                "valid_until_precision": until[1] if until else None,  # type: ignore[index]
                "score_pct": r["score"] if r["level"] == "gold" else None,
            }
        )  # fmt: skip
    events = events_frame(rows).assign(record_id=[f"lr-{i:03d}" for i in range(len(rows))])
    aliases = pd.DataFrame({"org_id": pd.Series(dtype="string"), "canonical_name": pd.Series(dtype="string")})
    return dataclasses.replace(shipped, label_events=events, organisations=build_organisations(events, aliases))


def _view_texts(view: ChartView, tables: Tables, lang: str) -> list[str]:
    """Everything a chart writes: its words, table, tooltips' labels, both CSVs, the XLSX and the metadata."""
    texts = [view.text.title, view.text.subtitle, view.text.source_line, view.text.description, view.as_of or ""]
    texts.append(view.table.astype(str).to_csv(index=False))
    texts.append(display_table(view, lang).to_csv(index=False))
    for rows in view.spec.get("datasets", {}).values():  # the tooltips read the *_label columns
        texts += [str(v) for row in rows for k, v in row.items() if k.endswith("_label")]
    texts.append(chart_files.reader_csv(view, lang).decode("utf-8-sig"))
    texts.append(chart_files.machine_csv(view).decode("utf-8"))
    as_of = export.chart_as_of(view, tables)
    texts.append(json.dumps(chart_files.metadata(view, lang, "https://x", as_of, "citation"), ensure_ascii=False))
    book = load_workbook(io.BytesIO(export.chart_xlsx(view, lang, "citation", as_of)))
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            texts += [str(v.date() if hasattr(v, "date") else v) for v in row if v is not None]
    return texts


def _everything(tables: Tables, lang: str) -> list[str]:
    texts: list[str] = []
    for org in tables.organisations["org_id"]:
        texts.append(org_views.status_on(tables, str(org), ON, lang))
        for chart_id in ("org_timeline", "org_scores"):
            view = registry.build(chart_id, tables, {"org": org, "on": ON}, lang, ON)
            if view is not None:
                texts += _view_texts(view, tables, lang)
    radar = registry.build("expiry_radar", tables, {"on": ON, "months": 12}, lang, ON)
    if radar is not None:
        texts += _view_texts(radar, tables, lang)
    board = renewal.radar_tables(tables, ON, 12, lang)
    texts += [board.records_end, board.due.to_csv(index=False), board.board.to_csv(index=False)]
    spec = filters.register_page(tables)
    found = register.filter_records(tables, register.filters_of(registry.defaults(spec)), filters.year_span(spec))
    texts.append(register.display_table(found, lang).to_csv(index=False))
    texts.append(table_csv(tables, "label_events", lang).decode("utf-8-sig"))
    texts.append(published_table(tables, "label_events").astype(str).to_csv(index=False))
    return texts


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(record, min_size=1, max_size=6))
def test_no_year_or_month_is_written_with_a_day(tables: Tables, records: list[dict[str, object]]) -> None:
    data = _tables(tables, records)
    for lang in LANGS:
        leaks = [(text[:200], made_up_days(text)) for text in _everything(data, lang) if made_up_days(text)]
        assert not leaks, leaks[:3]


@given(day=st.dates(date(2000, 1, 1), date(2100, 12, 31)), precision=st.sampled_from(["year", "month"]))
def test_the_formatting_helpers_never_add_a_day(day: date, precision: str) -> None:
    stored = pd.Timestamp(day.replace(month=1 if precision == "year" else day.month, day=1))  # as the build stores it
    for lang in LANGS:
        assert made_up_days(formatting.partial_date(stored, precision, lang)) == []
    assert formatting.iso_partial(stored, precision) == stored.strftime("%Y" if precision == "year" else "%Y-%m")
