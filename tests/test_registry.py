"""The registry: one description per chart and page, and every renderer saying what it says.

Table-driven over `registry.CHARTS` × languages: the table a reader sees (app tab, static page)
holds the reader's CSV's headers and cells; links reopen the same view on a later day; every
filter a chart ignores is said; every page is listed once and has its script.
"""

from __future__ import annotations

import csv
import inspect
import io
import re
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from babel.numbers import get_group_symbol

from src.export import chart_files
from src.facts.data import Tables
from src.text.formatting import locale_of
from src.text.i18n import CATALOGS, LANGUAGES
from src.views import registry
from src.views.chart_table import display_table, reader_table
from src.views.chart_view import ChartView
from src.views.downloads import csv_format
from src.views.url_state import parse

PROJECT = Path(__file__).resolve().parent.parent
DAY = date(2017, 3, 28)  # a day the records cover well
LATER = DAY + timedelta(days=400)
CHART_IDS = [chart.chart_id for chart in registry.CHARTS]


def built(tables: Tables, chart_id: str, lang: str, today: date = DAY) -> ChartView:
    chart = registry.CHART_BY_ID[chart_id]
    view = registry.build(chart_id, tables, dict(chart.example), lang, today)
    assert view is not None, chart_id
    return view


def csv_rows(data: bytes, lang: str) -> list[list[str]]:
    """A reader's CSV read back the way that language's spreadsheet reads it, as text cells."""
    separator, _ = csv_format(lang)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=separator))


def ungrouped(cell: str, lang: str) -> str:
    """A number without the language's thousands grouping ('1 000', '1,000' → '1000'); other text as it is."""
    group = re.escape(get_group_symbol(locale_of(lang)))
    return re.sub(rf"(?<=\d){group}(?=\d{{3}}\b)", "", cell) if re.fullmatch(r"[\d\W]+", cell) else cell


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_the_table_says_what_the_csv_says(tables: Tables, chart_id: str, lang: str) -> None:
    view = built(tables, chart_id, lang)
    header, *rows = csv_rows(chart_files.reader_csv(view, lang), lang)
    shown = display_table(view, lang)
    assert list(shown.columns) == header
    assert [[ungrouped(cell, lang) for cell in row] for row in shown.itertuples(index=False, name=None)] == rows


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_the_reader_sees_words_not_codes(tables: Tables, chart_id: str) -> None:
    """No raw code ('NO', 'gold', 'true', 'exact') and no English header stays in a Norwegian table."""
    view = built(tables, chart_id, "nb")
    shown = display_table(view, "nb")
    codes = {"NO", "DK", "gold", "silver", "bronze", "True", "False", "true", "exact", "more_than", "valid"}
    for column in registry.CHART_BY_ID[chart_id].columns:
        if column.codes or column.flag:
            assert not set(shown[CATALOGS["nb"][f"files.col.{column.name}"]]) & codes, column.name
    assert not set(shown.columns) & {c.name for c in registry.CHART_BY_ID[chart_id].columns if c.name != "n"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_the_registry_lists_exactly_the_views_columns(tables: Tables, chart_id: str, lang: str) -> None:
    view = built(tables, chart_id, lang)
    assert list(view.table.columns) == [c.name for c in registry.CHART_BY_ID[chart_id].columns]
    assert len(reader_table(view, lang)) == len(view.table)


def test_numbers_follow_the_readers_language(tables: Tables) -> None:
    """63,6 in Norwegian, 63.6 in English: the quality index as the article gives it."""
    nb, en = (display_table(built(tables, "quality_index", lang), lang) for lang in ("nb", "en"))
    assert "63,6" in set(nb[CATALOGS["nb"]["files.col.value"]])
    assert "63.6" in set(en[CATALOGS["en"]["files.col.value"]])


def test_dates_are_as_precise_as_their_source(tables: Tables) -> None:
    """A year-only award reads '2015' in the organisation's table, never 2015-01-01; the Europe counts by month."""
    starts = built(tables, "org_timeline", "nb").table["start"]
    assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s) for s in starts if s)
    assert not any(s.endswith("-01-01") for s in starts)
    days = built(tables, "europe_labels", "nb").table["day"]
    assert "2014-05" in set(days)  # "By May 2014"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_a_pinned_link_reopens_the_same_view_later(tables: Tables, chart_id: str, lang: str) -> None:
    """Built today with its defaults, read back from its link a year later: the same title and numbers."""
    chart = registry.CHART_BY_ID[chart_id]
    first = built(tables, chart_id, lang, DAY)
    values, notices = parse(first.params, chart.param_spec(tables, LATER))
    assert not notices
    assert first.params.get("lang", "nb") == lang
    later = registry.build(chart_id, tables, values, lang, LATER)
    assert later is not None
    assert later.text == first.text
    pd.testing.assert_frame_equal(later.table, first.table)


def test_a_default_day_is_written_out(tables: Tables) -> None:
    assert built(tables, "expiry_radar", "nb", DAY).params == {"on": DAY.isoformat()}
    assert built(tables, "quality_index", "en").params == {"lang": "en"}  # a fixed default stays out


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_each_chart_honours_only_its_pages_filters(tables: Tables, chart_id: str) -> None:
    chart = registry.CHART_BY_ID[chart_id]
    offered = chart.page_spec.params(tables, DAY)
    assert set(chart.params) <= set(offered)
    builder_args = list(inspect.signature(chart.build).parameters)
    assert len(builder_args) == len(chart.params) + 2  # (tables, *params, lang)
    for name in chart.ignored(tables, DAY):
        for lang in LANGUAGES:
            assert chart.note_key(name) in CATALOGS[lang]


def test_the_europe_chart_sits_under_no_norway_denmark_filter(tables: Tables) -> None:
    chart = registry.CHART_BY_ID["europe_labels"]
    assert chart.page_spec.params(tables, DAY) == {}


def test_level_distribution_says_it_shows_every_year(tables: Tables) -> None:
    notes = registry.filter_notes("level_distribution", tables, DAY, "nb")
    assert notes == [CATALOGS["nb"]["chart.ignores.years"]]
    assert registry.filter_notes("labels_per_year", tables, DAY, "nb") == []


def test_gold_scores_need_gold_among_the_levels(tables: Tables) -> None:
    assert registry.build("gold_scores", tables, {"levels": ("silver",)}, "nb", DAY) is None
    assert registry.build("gold_scores", tables, {"levels": ("gold",)}, "nb", DAY) is not None


def test_every_page_script_is_registered_once() -> None:
    scripts = sorted(p.as_posix() for p in (PROJECT / "app_pages").glob("*.py"))
    registered = [str(PROJECT / page.script) for page in registry.PAGES]
    assert len(registered) == len(set(registered))
    assert sorted(registered) == scripts
    assert sum(page.default for page in registry.PAGES) == 1


def test_every_chart_lives_on_a_registered_page_with_a_header_per_column() -> None:
    for chart in registry.CHARTS:
        assert chart.page in registry.PAGE_BY_NAME
        for column in chart.columns:
            for lang in LANGUAGES:
                assert f"files.col.{column.name}" in CATALOGS[lang], (chart.chart_id, column.name, lang)


def test_embed_heights_grow_on_a_phone() -> None:
    """A phone stacks labels and legends, so no chart needs less room at 390 px than at 1280 px."""
    for chart in registry.CHARTS:
        assert chart.embed.height(390) >= chart.embed.height(1280) > 0


def test_bars_name_their_country_in_the_readers_words(tables: Tables) -> None:
    """Each labels-per-year segment carries a letter of the country's name in the reader's language, not 'NO'."""
    spec = built(tables, "labels_per_year", "en").spec
    texts = [layer["encoding"]["text"]["field"] for layer in spec["layer"] if "text" in layer.get("encoding", {})]
    assert "country" not in texts and "country_short" in texts
    rows = next(iter(spec["datasets"].values()))
    assert {row["country_short"] for row in rows} == {"N", "D"}
