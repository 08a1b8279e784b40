"""The data and everything built from it, cached once per process and shared read-only by every session.

Note that arguments of cached functions are their cache keys, so they are hashable (tuples, not lists).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from datetime import date

import streamlit as st

from src.export import export
from src.facts.data import Tables, load_tables
from src.facts.errors import DataError
from src.facts.paths import REBUILD_COMMAND
from src.metrics import metrics
from src.text.i18n import t
from src.ui.language import lang
from src.views import citation, register, registry, renewal, source_list, summaries
from src.views.chart_view import ChartView
from src.views.downloads import to_csv_bytes
from src.views.references import latest_year
from src.views.renewal import ComputedFollowUp
from src.views.summaries import Card
from src.views.url_state import Param, Value


@st.cache_resource(show_spinner=False)
def cached_tables() -> Tables:
    """Read the Parquet files once per server process; every session shares the frames read-only."""
    return load_tables()


def tables() -> Tables:
    """The data, or a friendly message (which file, how to rebuild) and a stop — never a traceback."""
    try:
        return cached_tables()
    except DataError as error:
        st.error(f"**{t('error.title', lang())}**\n\n{t('error.body', lang(), files=', '.join(error.files))}")
        st.caption(t("error.fix", lang(), command=REBUILD_COMMAND))
        st.stop()
        raise  # unreachable: st.stop() ends the run


def page_params(page: str) -> dict[str, Param]:
    """A page's URL parameters (filters) as the registry describes them, for today."""
    return _page_params(page, date.today())


@st.cache_resource(show_spinner=False, max_entries=32)
def _page_params(page: str, today: date) -> dict[str, Param]:
    return registry.PAGE_BY_NAME[page].params(cached_tables(), today)


def chart_params(chart_id: str) -> dict[str, Param]:
    """The URL parameters one chart honours (its page's, restricted), for today."""
    return _chart_params(chart_id, date.today())


@st.cache_resource(show_spinner=False, max_entries=32)
def _chart_params(chart_id: str, today: date) -> dict[str, Param]:
    return registry.CHART_BY_ID[chart_id].param_spec(cached_tables(), today)


def chart_view(chart_id: str, values: Mapping[str, Value], language: str | None = None) -> ChartView | None:
    """The chart for the reader's filters and language (only the filters it honours make its cache key).

    `language` is the reader's unless given (the warm-up, which runs outside any reader's session, gives it).
    """
    honoured = registry.CHART_BY_ID[chart_id].params
    key = tuple((name, values[name]) for name in honoured if name in values)
    return _chart_view(chart_id, key, language or lang(), date.today())


@st.cache_resource(show_spinner=False, max_entries=512)
def _chart_view(chart_id: str, key: tuple[tuple[str, Value], ...], language: str, today: date) -> ChartView | None:
    built = registry.build(chart_id, cached_tables(), dict(key), language, today)
    if built is not None:
        _ = built.arrow_datasets  # validate and serialise now, inside the cache, not on every rerun
    return built


@st.cache_resource(show_spinner=False, max_entries=512)
def view(chart_id: str, *args: Hashable) -> ChartView | None:
    """A chart built from its builder's own arguments (the story's slides give them), shared by sessions."""
    built = registry.CHART_BY_ID[chart_id].build(cached_tables(), *args)
    if built is not None:
        _ = built.arrow_datasets
    return built


def filter_notes(chart_id: str, language: str | None = None) -> list[str]:
    """The sentences saying which of its page's filters a chart does not follow, in the reader's language."""
    return _filter_notes(chart_id, language or lang(), date.today())


@st.cache_resource(show_spinner=False, max_entries=64)
def _filter_notes(chart_id: str, language: str, today: date) -> list[str]:
    return registry.filter_notes(chart_id, cached_tables(), today, language)


@st.cache_resource(show_spinner=False)
def article_follow_up() -> metrics.FollowUp:
    """The article's 24 of 55 with its interval, read from the figures once per process."""
    return metrics.follow_up(cached_tables().figures)


@st.cache_resource(show_spinner=False, max_entries=8)
def overview(language: str) -> tuple[str, list[str], list[Card]]:
    """The overview's lead, argument and key-figure cards, computed once per language."""
    data = cached_tables()
    return summaries.lead(data, language), summaries.argument(data, language), summaries.cards(data, language)


@st.cache_resource(show_spinner=False, max_entries=8)
def sources_page(language: str) -> source_list.SourcesPage:
    """The sources page's tables, notes and downloads, built once per language."""
    return source_list.page_content(cached_tables(), language)


@st.cache_resource(show_spinner=False)
def _register_index() -> register.RegisterIndex:
    """The register's filter columns as arrays, once per server process."""
    return register.build_index(cached_tables())


@st.cache_resource(show_spinner=False)
def register_coverage() -> dict[str, int]:
    """Records and organisations per country, for the coverage notes (once per process)."""
    return register.coverage(cached_tables())


@st.cache_resource(show_spinner=False, max_entries=128)
def register_view(
    chosen: register.RegisterFilters, full_years: tuple[int, int], language: str
) -> register.RegisterView:
    """The register's rows for one set of filters (at most `register.MAX_ROWS`), shared by sessions."""
    return register.register_view(cached_tables(), _register_index(), chosen, full_years, language)


def register_csv(chosen: register.RegisterFilters, full_years: tuple[int, int], language: str) -> bytes:
    """Every record matching the filters as CSV (built when the reader clicks, not cached)."""
    records = register.filter_records(cached_tables(), chosen, full_years, _register_index())
    return to_csv_bytes(register.display_table(records, language), language)


def register_csv_name(chosen: register.RegisterFilters, full_years: tuple[int, int], language: str) -> str:
    """`klyngekvalitet_register[_what the filters left]_<lang>_<latest year>.csv`: one name per selection."""
    as_of = latest_year(cached_tables().label_events)
    return export.file_name("register", language, as_of, "csv", register.shown(chosen, full_years))


@st.cache_resource(show_spinner=False, max_entries=8)
def computed_follow_up(language: str, as_of: date) -> ComputedFollowUp:
    """The follow-up recomputed from the records, once per language and day."""
    return renewal.computed_follow_up(cached_tables(), language, as_of)


@st.cache_resource(show_spinner=False, max_entries=8)
def validity_notes(language: str) -> list[str]:
    """How expiries are inferred and how many are unknown, once per language (it reads every record)."""
    return renewal.validity_notes(cached_tables(), language)


@st.cache_resource(show_spinner=False, max_entries=256)
def radar_tables(language: str, on: date, months: int) -> renewal.RadarTables:
    """Status counts, the must-renew list and the full board for a day and window, shared by sessions."""
    return renewal.radar_tables(cached_tables(), on, months, language)


@st.cache_resource(show_spinner=False, max_entries=16)
def dataset_citation(language: str, root: str) -> str:
    """How to cite the whole data set, once per language and address."""
    return citation.dataset_citation(cached_tables(), language, root)
