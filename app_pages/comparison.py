"""Norge og Danmark: the quality index with n, and gold/silver counts, filtered by country and level."""

import streamlit as st

from src import ui
from src.text.i18n import t

PAGE = "comparison"
lang = ui.lang()
ui.tables()  # a clear message and a stop if the data cannot be read

st.title(t("comparison.title", lang))
st.caption(t("comparison.lead", lang))

spec = ui.page_params(PAGE)
state = ui.url_values(spec, PAGE)
left, right = st.columns(2)
with left:
    countries = ui.choose_codes("countries", spec, state, "cmp")
with right:
    levels = ui.choose_codes("levels", spec, state, "cmp")
chosen = {"countries": countries, "levels": levels}
ui.sync_url(chosen, spec, PAGE)

ui.chart_block("quality_index", chosen)
ui.chart_block("valid_labels", chosen)
st.caption(t("comparison.no_bronze", lang))
