"""Filters in the address bar: read them (with a notice for each value ignored), write them back."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from src.text.i18n import t
from src.text.text_safety import escape_markdown
from src.ui.language import lang
from src.views.url_state import Param, Value, encode, parse


def url_values(spec: Mapping[str, Param], page: str) -> dict[str, Value]:
    """This page's filter values from the address bar, with a notice for each value ignored.

    Note that Streamlit empties the address bar when the reader switches page; coming back,
    the filters this session last used on `page` are restored instead of the defaults.
    """
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
    """Write the current filters to the address bar (and the session) so a link reopens this view."""
    wanted = encode(values, spec)
    st.session_state[_memory_key(page)] = wanted
    for name in spec:
        if name in wanted and st.query_params.get(name) != wanted[name]:
            st.query_params[name] = wanted[name]
        elif name not in wanted and name in st.query_params:
            del st.query_params[name]
