"""Nivåer: level distribution, labels per year and gold scores from the public records."""

import streamlit as st

from src import ui
from src.text.i18n import t
from src.ui import org as ui_org
from src.views import filters, register

PAGE = "levels"
lang = ui.lang()
ui.tables()  # a clear message and a stop if the data cannot be read

st.title(t("levels.title", lang))
st.caption(t("levels.lead", lang))
st.info(register.coverage_text(ui.register_coverage(), lang))

spec = ui.page_params(PAGE)
state = ui.url_values(spec, PAGE)
left, right = st.columns(2)
with left:
    countries = ui.choose_codes("countries", spec, state, "lvl")
with right:
    levels = ui.choose_codes("levels", spec, state, "lvl")
years = ui.year_slider(state["years"], filters.year_span(spec), "lvl_years")
chosen = {"countries": countries, "levels": levels, "years": years}
ui.sync_url(chosen, spec, PAGE)

ui.chart_block("level_distribution", chosen)
ui.chart_block("labels_per_year", chosen)
ui.chart_block("gold_scores", chosen)
if "gold" in levels:
    ui_org.gold_score_links(countries, years)
