"""A mistyped page address answered by the app's own page, in the reader's language.

Note that `st.navigation` runs the default page for an address it does not know and tells the
browser to show an English "Page not found" box (Streamlit 1.67, `commands/navigation.py`). The
only way to keep that box away is to know the address: when the run's intended page name is none of
the app's pages, `extra_pages` adds one hidden page at exactly that address, which says so in the
reader's language and lists the pages. The intended name is read from the run's context (Streamlit
offers no public API for it; `st.context.url` trims only known page paths); an address that cannot
be a page path (a `/` inside, odd characters) keeps Streamlit's own box — listed in the README.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from src.text.i18n import t
from src.text.text_safety import escape_markdown
from src.views import registry
from src.views.url_state import lang_param

PAGE_PATH = re.compile(r"[A-Za-z0-9._~-]{1,80}")  # what `st.Page(url_path=…)` accepts and a reader may type
_KEY = "not_found:path"  # the unknown address of this session's not-found page (reruns find it by its hash)


def intended_path() -> str:
    """The page name the browser asked for in this run ('' for the start page or a menu click)."""
    ctx = get_script_run_ctx()
    return str(getattr(ctx.pages_manager, "intended_page_name", "") or "") if ctx else ""


def unknown_path(known: Collection[str]) -> str | None:
    """The address this session asked for that is none of `known` (and can be a page path), else None."""
    asked = intended_path()
    if asked and asked not in known and PAGE_PATH.fullmatch(asked):
        st.session_state[_KEY] = asked
    path = st.session_state.get(_KEY)
    return str(path) if path and path not in known else None


def extra_pages(known: Collection[str], lang: str) -> list[st.Page]:
    """The hidden not-found page at the unknown address this session asked for (none when it asked for none)."""
    path = unknown_path(known)
    if path is None:
        return []
    return [st.Page(_page(path, lang), title=t("notfound.title", lang), url_path=path, visibility="hidden")]


def _page(path: str, lang: str) -> Callable[[], None]:
    def not_found() -> None:
        st.title(t("notfound.title", lang))
        st.markdown(escape_markdown(t("notfound.lead", lang, path=path)))
        st.markdown(t("notfound.pages", lang))
        for page in registry.PAGES:
            if page.menu:
                st.page_link(page.script, label=t(page.nav_key, lang), icon=page.icon, query_params=lang_param(lang))

    return not_found
