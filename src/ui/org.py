"""Streamlit parts of the organisation pages: cached profile and status, the search box, links to a page.

Note that the search index and each organisation's profile are built once per data release and
shared read-only by every session, so typing in the search box costs a few string finds.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import streamlit as st

from src import ui
from src.metrics import org_search
from src.metrics.org_search import SearchIndex
from src.text.i18n import t, tn
from src.text.text_safety import escape_markdown
from src.ui.data import tables_of
from src.ui.release import session_release
from src.views import org_views
from src.views.org_views import FormerName, OrgProfile
from src.views.url_state import lang_param

PAGE_FILE = "app_pages/organisation.py"


def profile(org_id: str, lang: str) -> OrgProfile | None:
    """Name, former names with their basis, facts and sources of one organisation; None for an unknown id."""
    return _profile(session_release(), org_id, lang)


@st.cache_resource(show_spinner=False, max_entries=512)
def _profile(release: str, org_id: str, lang: str) -> OrgProfile | None:
    return org_views.org_profile(tables_of(release), org_id, lang)


def status(org_id: str, on: date, lang: str) -> str:
    """The organisation's status on day `on`, in words."""
    return _status(session_release(), org_id, on, lang)


@st.cache_resource(show_spinner=False, max_entries=1024)
def _status(release: str, org_id: str, on: date, lang: str) -> str:
    return org_views.status_on(tables_of(release), org_id, on, lang)


def search_index() -> SearchIndex:
    """Every organisation's names, normalised once per process (former names from the rename sources included)."""
    tables = ui.tables()
    return org_search.index_for(tables.organisations, tables.alias_sources)


def start_search_warm_up() -> threading.Thread:
    """Build the search index in the background once per release, so the first search need not wait for it."""
    return _start_search_warm_up(session_release())


@st.cache_resource(show_spinner=False, max_entries=4)
def _start_search_warm_up(release: str) -> threading.Thread:
    tables = tables_of(release)
    renames = tables.alias_sources
    thread = threading.Thread(
        target=org_search.index_for, args=(tables.organisations, renames), name="org-search-warm-up", daemon=True
    )
    thread.start()
    return thread


def _search(query: str) -> tuple[list[org_search.Match], bool]:
    return _search_in(session_release(), query)


@st.cache_resource(show_spinner=False, max_entries=2048)
def _search_in(release: str, query: str) -> tuple[list[org_search.Match], bool]:
    tables = tables_of(release)
    return org_search.search(org_search.index_for(tables.organisations, tables.alias_sources), query)


def _result_label(match: org_search.Match, lang: str) -> str:
    country = t(f"country.{match.country}", lang) if match.country in ("NO", "DK") else match.country
    if match.former:
        return t("org.search.former", lang, name=match.name, country=country, former=match.former)
    return t("org.search.result", lang, name=match.name, country=country)


def page_params(org_id: str, lang: str) -> dict[str, str]:
    """Query parameters that open an organisation's page in the reader's language."""
    return {"org": org_id, **lang_param(lang)}


@st.fragment
def search_box(key: str, compact: bool = False) -> None:
    """A search field that answers as the reader types (after a short pause), with links to each match.

    Note that it runs as a fragment: typing reruns only the box and its results, not the page.
    """
    lang = ui.lang()
    start_search_warm_up()
    label = t("org.search.small" if compact else "org.search.label", lang)
    query = st.text_input(label, key=key, type="search", live=True, max_chars=80,
                          placeholder=t("org.search.placeholder", lang))  # fmt: skip
    if not query or not query.strip():
        if not compact:
            st.caption(t("org.search.prompt", lang))
        return
    matches, more = _search(query.strip())
    if not matches:
        st.caption(t("org.search.none", lang, query=escape_markdown(query.strip()[:60])))
        return
    for match in matches:
        st.page_link(PAGE_FILE, label=escape_markdown(_result_label(match, lang)), icon="🏷️",
                     query_params=page_params(match.org_id, lang))  # fmt: skip
    if more:
        st.caption(tn("org.search.more", len(matches), lang))


def keep_in_address(org_id: str) -> None:
    """Write `?org=` to the address bar even when Streamlit already has it.

    Note that a page link to the page the reader is on (a search result) hands the script its
    query parameters but leaves the browser's address without them; writing the value again
    makes Streamlit update the address, so the link in the bar is the page on screen.
    """
    st.query_params["org"] = org_id


def link_column(lang: str) -> dict[str, Any]:
    """Column config that shows the organisation-page column as an 'Open' link."""
    name = t("org.link.column", lang)
    return {name: st.column_config.LinkColumn(name, display_text=t("org.link", lang))}


def _scored(countries: tuple[str, ...], years: tuple[int, int]) -> list[tuple[str, str]]:
    return _scored_in(session_release(), countries, years)


@st.cache_resource(show_spinner=False, max_entries=128)
def _scored_in(release: str, countries: tuple[str, ...], years: tuple[int, int]) -> list[tuple[str, str]]:
    return org_views.scored_organisations(tables_of(release), countries, years)


def gold_score_links(countries: tuple[str, ...], years: tuple[int, int]) -> None:
    """Links to the page of every organisation in the gold-score chart, folded away under one heading."""
    lang = ui.lang()
    chosen = _scored(countries, years)
    if not chosen:
        return
    box = ui.folded(t("org.links.gold", lang), "gold_score_links")
    if box is None:
        return
    with box:
        for org_id, name in chosen:
            st.page_link(PAGE_FILE, label=escape_markdown(name), query_params=page_params(org_id, lang))


def former_names(former: list[FormerName], lang: str) -> None:
    """The former names, each rename with its page and sentence; the sentence marked with its language.

    Note that `org_views.former_markdown` escapes every text from the data (names as Markdown, quotes inside a
    `<span lang>` too), so allowing HTML lets through only the spans made there.
    """
    st.markdown(org_views.former_markdown(former, lang), unsafe_allow_html=True)
