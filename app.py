"""Klyngekvalitet: the router. Sets the page config, reads the language, lists the registry's pages; nothing else."""

import streamlit as st

from src import ui
from src.text.i18n import t
from src.views.registry import PAGES

st.set_page_config(page_title=t("app.name"), page_icon="🏅", layout="wide")
lang = ui.resolve_lang()

# `?embed=true` (a chart embed, a presenter's slides) shows the page alone: no menu, no language row.
embedded = bool(st.context.is_embedded)
page = st.navigation(
    [
        st.Page(p.script, title=t(p.nav_key, lang), icon=p.icon, url_path=p.name, default=p.default,
                visibility="visible" if p.menu else "hidden")
        for p in PAGES
    ]
    + ui.not_found_pages({p.url_path for p in PAGES}, lang),  # a mistyped address: our page, not Streamlit's box
    position="hidden" if embedded else "sidebar",
)  # fmt: skip
ui.page_head(page.title, lang)
if page.url_path != "chart" and not embedded:
    ui.language_switch()
page.run()
ui.settle_heap()  # once per process: the loaded modules and data leave the collector's scans
