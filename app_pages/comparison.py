"""Norge og Danmark: the quality index with n, and gold/silver counts, filtered by country and level."""

import streamlit as st

from src import ui
from src.text.i18n import t
from src.views import filters

lang = ui.lang()
tables = ui.tables()

st.title(t("comparison.title", lang))
st.caption(t("comparison.lead", lang))

spec = filters.COMPARISON
state = ui.url_values(spec, "comparison")
left, right = st.columns(2)
with left:
    countries = ui.choose_many(
        "filter.countries", spec["countries"].options, state["countries"], "cmp_countries", "country"
    )
with right:
    levels = ui.choose_many("filter.levels", spec["levels"].options, state["levels"], "cmp_levels", "level")
ui.sync_url({"countries": countries, "levels": levels}, spec, "comparison")

ui.chart_block(ui.view("quality_index", countries, lang))
ui.chart_block(ui.view("valid_labels", countries, levels, lang))
st.caption(t("comparison.no_bronze", lang))
