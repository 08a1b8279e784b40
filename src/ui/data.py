"""The data and everything built from it, cached once per data release and shared read-only by every session.

Note that arguments of cached functions are their cache keys, so they are hashable (tuples, not lists).
Each cached function takes the session's release (`src.ui.release.session_release`) as its first key,
so a new release published while the server runs is read by new sessions, and an open session keeps
the release it started with (its entries stay until evicted, then are rebuilt from the kept release).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from datetime import date

import streamlit as st

from src.export import export
from src.facts.data import Tables
from src.facts.errors import DataError
from src.facts.paths import REBUILD_COMMAND, data_dir
from src.facts.release import UNRELEASED, releases
from src.facts.release_tables import tables_for
from src.metrics import metrics, release_counts
from src.text.i18n import t
from src.ui.language import lang
from src.ui.release import session_release
from src.views import changelog, citation, register, registry, renewal, source_list, summaries
from src.views.chart_view import ChartView
from src.views.downloads import to_csv_bytes
from src.views.references import latest_year
from src.views.renewal import ComputedFollowUp
from src.views.summaries import Card
from src.views.url_state import Param, Value


def cached_tables() -> Tables:
    """The tables of the session's release; every session on that release shares the frames read-only."""
    return tables_of(session_release())


@st.cache_resource(show_spinner=False, max_entries=4)
def tables_of(release: str) -> Tables:
    """Read a release's tables once per process: the Parquet files for the current release, else its kept files."""
    return tables_for(data_dir(), release)


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
    return _page_params(session_release(), page, date.today())


@st.cache_resource(show_spinner=False, max_entries=32)
def _page_params(release: str, page: str, today: date) -> dict[str, Param]:
    return registry.PAGE_BY_NAME[page].params(tables_of(release), today)


def chart_params(chart_id: str) -> dict[str, Param]:
    """The URL parameters one chart honours (its page's, restricted), for today."""
    return _chart_params(session_release(), chart_id, date.today())


@st.cache_resource(show_spinner=False, max_entries=32)
def _chart_params(release: str, chart_id: str, today: date) -> dict[str, Param]:
    return registry.CHART_BY_ID[chart_id].param_spec(tables_of(release), today)


def chart_view(chart_id: str, values: Mapping[str, Value], language: str | None = None) -> ChartView | None:
    """The chart for the reader's filters and language (only the filters it honours make its cache key).

    `language` is the reader's unless given (the warm-up, which runs outside any reader's session, gives it).
    """
    honoured = registry.CHART_BY_ID[chart_id].params
    key = tuple((name, values[name]) for name in honoured if name in values)
    return _chart_view(session_release(), chart_id, key, language or lang(), date.today())


@st.cache_resource(show_spinner=False, max_entries=512)
def _chart_view(
    release: str, chart_id: str, key: tuple[tuple[str, Value], ...], language: str, today: date
) -> ChartView | None:
    built = registry.build(chart_id, tables_of(release), dict(key), language, today)
    if built is not None:
        _ = built.arrow_datasets  # validate and serialise now, inside the cache, not on every rerun
    return built


def view(chart_id: str, *args: Hashable) -> ChartView | None:
    """A chart built from its builder's own arguments (the story's slides give them), shared by sessions."""
    return _view(session_release(), chart_id, *args)


@st.cache_resource(show_spinner=False, max_entries=512)
def _view(release: str, chart_id: str, *args: Hashable) -> ChartView | None:
    built = registry.CHART_BY_ID[chart_id].build(tables_of(release), *args)
    if built is not None:
        _ = built.arrow_datasets
    return built


def filter_notes(chart_id: str, language: str | None = None) -> list[str]:
    """The sentences saying which of its page's filters a chart does not follow, in the reader's language."""
    return _filter_notes(session_release(), chart_id, language or lang(), date.today())


@st.cache_resource(show_spinner=False, max_entries=64)
def _filter_notes(release: str, chart_id: str, language: str, today: date) -> list[str]:
    return registry.filter_notes(chart_id, tables_of(release), today, language)


def article_follow_up() -> metrics.FollowUp:
    """The article's 24 of 55 with its interval, read from the figures once per release."""
    return _article_follow_up(session_release())


@st.cache_resource(show_spinner=False, max_entries=4)
def _article_follow_up(release: str) -> metrics.FollowUp:
    return metrics.follow_up(tables_of(release).figures)


def overview(language: str) -> tuple[str, list[str], list[Card]]:
    """The overview's lead, argument and key-figure cards, computed once per language."""
    return _overview(session_release(), language)


@st.cache_resource(show_spinner=False, max_entries=8)
def _overview(release: str, language: str) -> tuple[str, list[str], list[Card]]:
    data = tables_of(release)
    return summaries.lead(data, language), summaries.argument(data, language), summaries.cards(data, language)


def sources_page(language: str) -> source_list.SourcesPage:
    """The sources page's tables, notes and downloads, built once per language."""
    return _sources_page(session_release(), language)


@st.cache_resource(show_spinner=False, max_entries=8)
def _sources_page(release: str, language: str) -> source_list.SourcesPage:
    return source_list.page_content(tables_of(release), language)


@st.cache_resource(show_spinner=False, max_entries=4)
def _register_index(release: str) -> register.RegisterIndex:
    """The register's filter columns as arrays, once per release."""
    return register.build_index(tables_of(release))


def register_coverage() -> dict[str, int]:
    """Records and organisations per country, for the coverage notes (once per release)."""
    return _register_coverage(session_release())


@st.cache_resource(show_spinner=False, max_entries=4)
def _register_coverage(release: str) -> dict[str, int]:
    return register.coverage(tables_of(release))


def register_view(
    chosen: register.RegisterFilters, full_years: tuple[int, int], language: str
) -> register.RegisterView:
    """The register's rows for one set of filters (at most `register.MAX_ROWS`), shared by sessions."""
    return _register_view(session_release(), chosen, full_years, language)


@st.cache_resource(show_spinner=False, max_entries=128)
def _register_view(
    release: str, chosen: register.RegisterFilters, full_years: tuple[int, int], language: str
) -> register.RegisterView:
    return register.register_view(tables_of(release), _register_index(release), chosen, full_years, language)


def register_csv(chosen: register.RegisterFilters, full_years: tuple[int, int], language: str) -> bytes:
    """Every record matching the filters as CSV (built when the reader clicks, not cached)."""
    release = session_release()
    records = register.filter_records(tables_of(release), chosen, full_years, _register_index(release))
    return to_csv_bytes(register.display_table(records, language), language)


def register_csv_name(chosen: register.RegisterFilters, full_years: tuple[int, int], language: str) -> str:
    """`klyngekvalitet_register[_what the filters left]_<lang>_<latest year>.csv`: one name per selection."""
    as_of = latest_year(cached_tables().label_events)
    return export.file_name("register", language, as_of, "csv", register.shown(chosen, full_years))


def computed_follow_up(language: str, as_of: date) -> ComputedFollowUp:
    """The follow-up recomputed from the records, once per language and day."""
    return _computed_follow_up(session_release(), language, as_of)


@st.cache_resource(show_spinner=False, max_entries=8)
def _computed_follow_up(release: str, language: str, as_of: date) -> ComputedFollowUp:
    return renewal.computed_follow_up(tables_of(release), language, as_of)


def validity_notes(language: str) -> list[str]:
    """How expiries are inferred and how many are unknown, once per language (it reads every record)."""
    return _validity_notes(session_release(), language)


@st.cache_resource(show_spinner=False, max_entries=8)
def _validity_notes(release: str, language: str) -> list[str]:
    return renewal.validity_notes(tables_of(release), language)


def radar_tables(language: str, on: date, months: int) -> renewal.RadarTables:
    """Status counts, the must-renew list and the full board for a day and window, shared by sessions."""
    return _radar_tables(session_release(), language, on, months)


@st.cache_resource(show_spinner=False, max_entries=256)
def _radar_tables(release: str, language: str, on: date, months: int) -> renewal.RadarTables:
    return renewal.radar_tables(tables_of(release), on, months, language)


def dataset_citation(language: str, root: str) -> str:
    """How to cite the whole data set (naming the session's release), once per language and address."""
    return _dataset_citation(session_release(), language, root)


@st.cache_resource(show_spinner=False, max_entries=16)
def _dataset_citation(release: str, language: str, root: str) -> str:
    return citation.dataset_citation(tables_of(release), language, root)


def changes(language: str) -> list[changelog.Entry]:
    """'Hva er endret': every kept release up to the session's, against the one before it (newest first)."""
    return _changes(session_release(), language)


@st.cache_resource(show_spinner=False, max_entries=8)
def _changes(release: str, language: str) -> list[changelog.Entry]:
    if release == UNRELEASED:
        return []
    kept = [r for r in releases(data_dir()) if r.number <= int(release)]
    return changelog.entries(kept, _history(release), language)


@st.cache_resource(show_spinner=False, max_entries=2)
def _history(release: str) -> list[release_counts.Comparison]:
    """Each kept release against the one before (language-free; about a second for three releases)."""
    kept = [r for r in releases(data_dir()) if r.number <= int(release)]
    return release_counts.history(kept)
