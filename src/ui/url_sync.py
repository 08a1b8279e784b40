"""Filters in the address bar: read them (with a notice for each value ignored), write them back."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from src.text.i18n import t
from src.text.text_safety import escape_markdown
from src.ui import address
from src.ui.language import lang
from src.views.url_state import Param, Value, encode, parse


def url_values(spec: Mapping[str, Param], page: str) -> dict[str, Value]:
    """This page's filter values from the address bar, with a notice for each value ignored.

    Note that Streamlit empties the address bar when the reader switches page; coming back,
    the filters this session last used on `page` are restored instead of the defaults.
    `page` is the page's URL path, optionally with `:` and a sub-key (`chart:<id>`).
    """
    address.own_params(page).update(spec)
    raw = {name: st.query_params[name] for name in spec if name in st.query_params}
    if not raw:
        raw = dict(st.session_state.get(_memory_key(page), {}))
    values, notices = parse(raw, spec)
    for notice in notices:
        st.info(t("url.notice", lang(), param=notice.param, value=escape_markdown(notice.value)), icon="ℹ️")
    return values


def _memory_key(page: str) -> str:
    return f"filters:{page}"


def sync_url(values: Mapping[str, Value], spec: Mapping[str, Param], page: str) -> None:
    """Write the current filters to the address bar (and the session) so a link reopens this view.

    Note that the address keeps only this page's parameters, `lang` and Streamlit's `embed`
    options (a parameter another page left is removed), and that it is written in one step
    (one history entry, not one per parameter). In the run that follows a switch from another
    page nothing is written (see `src.ui.address`): the remembered filters are shown all the
    same, and reach the address at this page's next run.
    """
    wanted = encode(values, spec)
    st.session_state[_memory_key(page)] = wanted
    if not address.address_shows(page):
        return
    own = address.own_params(page) | set(spec)
    current = {name: st.query_params.get_all(name) for name in st.query_params}
    target = {name: value for name, value in current.items() if name in own or name in address.KEPT_PARAMS}
    for name in spec:
        target.pop(name, None)
    target.update({name: [value] for name, value in wanted.items()})
    if target != current:
        st.query_params.from_dict(target)
