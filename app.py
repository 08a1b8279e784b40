"""Klyngekvalitet: the router. Sets the page config and lists every page; nothing else."""

import streamlit as st

from src.i18n import t
from src.ui import LANG

st.set_page_config(page_title=t("app.name", LANG), page_icon="🏅", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title=t("nav.overview", LANG), icon="🏠", default=True),
    st.Page("pages/comparison.py", title=t("nav.comparison", LANG), icon="📊"),
    st.Page("pages/follow_up.py", title=t("nav.follow_up", LANG), icon="🔁"),
    st.Page("pages/levels.py", title=t("nav.levels", LANG), icon="🥇"),
    st.Page("pages/register.py", title=t("nav.register", LANG), icon="📋"),
    st.Page("pages/sources.py", title=t("nav.sources", LANG), icon="📚"),
]

st.navigation(PAGES).run()
