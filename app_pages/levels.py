"""Nivåer: level distribution, labels per year and gold scores from the public records."""

import streamlit as st

from src import ui
from src.text.i18n import t
from src.ui import org as ui_org
from src.views import filters

lang = ui.lang()
ui.tables()  # a clear message and a stop if the data cannot be read

st.title(t("levels.title", lang))
st.caption(t("levels.lead", lang))
st.info(t("coverage.records", lang, **ui.register_coverage()))

spec = ui.levels_filters()
state = ui.url_values(spec, "levels")
left, right = st.columns(2)
with left:
    countries = ui.choose_many(
        "filter.countries", spec["countries"].options, state["countries"], "lvl_countries", "country"
    )
with right:
    levels = ui.choose_many("filter.levels", spec["levels"].options, state["levels"], "lvl_levels", "level")
years = ui.year_slider(state["years"], filters.year_span(spec), "lvl_years")
ui.sync_url({"countries": countries, "levels": levels, "years": years}, spec, "levels")

ui.chart_block(ui.view("level_distribution", countries, levels, lang))
ui.chart_block(ui.view("labels_per_year", countries, levels, years, lang))
ui.chart_block(ui.view("gold_scores", countries, years, lang))
ui_org.gold_score_links(countries, years)
ui.chart_block(ui.view("europe_labels", lang))
