"""Reading the static edition back: a small HTML reader for tests (stdlib only), and a hostile data set."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import urllib.error
import urllib.request
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.numbers import get_group_symbol

from src.export import chart_files
from src.facts.data import Tables
from src.site.build import Built, build_site
from src.text import formatting
from src.views.chart_view import ChartView
from src.views.downloads import csv_format

HOSTILE = "<script>alert('x')</script> & \"Ærlig\" =cmd|' /C calc'!A0 [klikk](javascript:alert(1)) **fet**"


class PageReader(HTMLParser):
    """Tags with attributes, ids, and per chart section (`<section class="chart" id=…>`) its table and texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.ids: set[str] = set()
        self.title = ""
        self.charts: dict[str, dict[str, object]] = {}
        self.tables: list[list[list[str]]] = []  # every <table> in order: its rows of cell texts, header first
        self._stack: list[str] = []
        self._section: str | None = None
        self._in_title = False
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._class: str | None = None
        self._text: list[str] = []
        self._svg_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "svg":
            self._svg_depth += 1
        if self._svg_depth:
            return
        if tag == "title":
            self._in_title = True
        if tag == "section" and "chart" in values.get("class", "").split():
            self._section = values["id"]
            self.charts[self._section] = {"rows": [], "header": [], "texts": {}}
        if tag == "table":
            self.tables.append([])
        if tag == "tr":
            self._row = []
        if tag in {"td", "th"}:
            self._cell = []
        if self._section and tag == "p" and values.get("class"):
            self._class, self._text = values["class"], []

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self._svg_depth -= 1
            return
        if self._svg_depth:
            return
        if tag == "title":
            self._in_title = False
        if tag in {"td", "th"} and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        if tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
        if tag == "tr" and self._row is not None and self._section:
            chart = self.charts[self._section]
            key = "rows" if chart["header"] else "header"
            chart[key] = [*chart[key], self._row] if key == "rows" else self._row  # type: ignore[list-item]
            self._row = None
        if tag == "p" and self._class and self._section:
            self.charts[self._section]["texts"][self._class] = "".join(self._text).strip()  # type: ignore[index]
            self._class = None
        if tag == "section":
            self._section = None

    def handle_data(self, data: str) -> None:
        if self._svg_depth:
            return
        if self._in_title:
            self.title += data
        if self._cell is not None:
            self._cell.append(data)
        if self._class is not None:
            self._text.append(data)


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader


def hostile_tables(tables: Tables) -> Tables:
    """The shipped tables with one organisation (one that has gold scores and radar rows) given a hostile name."""
    events = tables.label_events
    scored = events.dropna(subset=["score_pct"])
    org = str(scored.iloc[0]["org_id"])
    organisations = tables.organisations.copy()
    organisations.loc[organisations["org_id"] == org, "canonical_name"] = HOSTILE
    events = events.copy()
    events.loc[events["org_id"] == org, "name_as_written"] = HOSTILE
    return dataclasses.replace(tables, organisations=organisations, label_events=events)


_BUILT: dict[str, tuple[Path, Built, Tables]] = {}


def session_site(factory: pytest.TempPathFactory, tables: Tables, today: date) -> tuple[Path, Built, Tables]:
    """(folder, build report, tables): the static edition built once per test session, from the shipped tables
    with one hostile name, whichever test module asks first (the unit and the browser tests share it)."""
    if "site" not in _BUILT:
        data = hostile_tables(tables)
        out = factory.mktemp("static") / "site"
        _BUILT["site"] = (out, build_site(out, data, today), data)
    return _BUILT["site"]


def csv_cells(view: ChartView, lang: str) -> list[list[str]]:
    """The reader's CSV of a chart as text cells, read as that language's spreadsheet reads it."""
    separator, _ = csv_format(lang)
    text = chart_files.reader_csv(view, lang).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=separator))


def ungrouped(cell: str, lang: str) -> str:
    """A table cell without the language's thousands grouping (the page groups '1 000', '1,000', '1.000';
    the CSV writes '1000'): the group mark is CLDR's for the language, so '1.000' is a thousand only in Danish."""
    group = get_group_symbol(formatting.locale_of(lang))
    marks = "[\u00a0\u202f ]" if group.isspace() else re.escape(group)
    return re.sub(rf"(?<=\d){marks}(?=\d{{3}}\b)", "", cell) if re.fullmatch(r"[\d\u00a0\u202f ,.]+", cell) else cell


def fetch(url: str) -> tuple[int, dict[str, str], str]:
    """Status, headers and text of a GET, an HTTP error's included (a 404 page is a page to check too)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8", "replace")
