"""Which page the browser's address bar shows, so a filter write is filed under the right page.

Note that Streamlit records each `st.query_params` write as a history entry of the address the
browser shows at that moment, and that on a menu switch the address changes only after the new
page's first run. A write in that run would become an entry of the page being left: Back would
open that page with this page's filters. `sync_url` therefore writes nothing in that run.
"""

from __future__ import annotations

from typing import cast

import streamlit as st

from src.views.url_state import LANG_PARAM

# every page's, never removed by `sync_url` (Streamlit keeps `embed` and `embed_options` itself: st.query_params
# neither lists nor clears them)
KEPT_PARAMS = frozenset({LANG_PARAM})
_RUN_PAGE = "url:run_page"  # the page this run synced (`_PENDING` until it does); after the run, the address's page
_ADDRESS_PAGE = "url:address_page"  # the page the address bar showed when this run began (None: the first run)
_OWN_PARAMS = "url:own_params"  # the parameters each page read in this run, by page
_PENDING = ""


def page_path(page: str) -> str:
    """'chart:quality_index' → 'chart': the page whose address it is."""
    return page.split(":", 1)[0]


def start_run() -> None:
    """At the start of every full run (from `resolve_lang`): the previous run's page is the one in the address bar."""
    st.session_state[_ADDRESS_PAGE] = st.session_state.get(_RUN_PAGE)
    st.session_state[_RUN_PAGE] = _PENDING
    st.session_state[_OWN_PARAMS] = {}


def address_shows(page: str) -> bool:
    """Whether the browser shows `page`'s address now, so that writing to it is recorded under `page`.

    Note that on the session's first run the address is the one the reader opened, and that in a widget
    callback (before `resolve_lang`) the run page is still the one on screen; this marks `page` as the run's.
    """
    path = page_path(page)
    ran = st.session_state.get(_RUN_PAGE)
    shown = st.session_state.get(_ADDRESS_PAGE) if ran == _PENDING else ran
    st.session_state[_RUN_PAGE] = path
    return shown is None or shown == path


def own_params(page: str) -> set[str]:
    """The names `page` has read from the address in this run (a chart's page reads `chart`, then its filters)."""
    by_page = st.session_state.setdefault(_OWN_PARAMS, {})
    return cast(set[str], by_page.setdefault(page_path(page), set()))
