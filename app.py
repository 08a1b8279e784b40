"""Klyngekvalitet: the router. Sets the page config, reads the language, lists every page; nothing else."""

import streamlit as st

from src import ui
from src.text.i18n import t

st.set_page_config(page_title=t("app.name"), page_icon="🏅", layout="wide")
lang = ui.resolve_lang()

PAGES = [
    st.Page("app_pages/overview.py", title=t("nav.overview", lang), icon="🏠", default=True),
    st.Page("app_pages/comparison.py", title=t("nav.comparison", lang), icon="📊"),
    st.Page("app_pages/follow_up.py", title=t("nav.follow_up", lang), icon="🔁"),
    st.Page("app_pages/levels.py", title=t("nav.levels", lang), icon="🥇"),
    st.Page("app_pages/register.py", title=t("nav.register", lang), icon="📋"),
    st.Page("app_pages/renewal.py", title=t("nav.renewal", lang), icon="⏳"),
    st.Page("app_pages/organisation.py", title=t("nav.organisation", lang), icon="🏷️", url_path="organisation"),
    st.Page("app_pages/sources.py", title=t("nav.sources", lang), icon="📚"),
    st.Page("app_pages/story.py", title=t("nav.story", lang), icon="🎞️"),
    st.Page("app_pages/chart.py", title=t("nav.chart", lang), icon="📈", visibility="hidden"),
]

# `?embed=true` (a chart embed, a presenter's slides) shows the page alone: no menu, no language row.
embedded = bool(st.context.is_embedded)
page = st.navigation(PAGES, position="hidden" if embedded else "sidebar")
ui.page_head(page.title, lang)
if page.url_path != "chart" and not embedded:
    ui.language_switch()
page.run()
ui.settle_heap()  # once per process: the loaded modules and data leave the collector's scans
