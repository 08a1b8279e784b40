"""Register: the public label records as a filterable table with source links."""

import streamlit as st

from src import filters, register, ui
from src.i18n import t

lang = ui.lang()
tables = ui.tables()

st.title(t("register.title", lang))
st.caption(t("register.lead", lang))
st.info(t("coverage.records", lang, **register.coverage(tables)))

spec = filters.register_page(tables)
state = ui.url_values(spec, "register")
bounds = filters.year_span(spec)
c1, c2, c3 = st.columns(3)
with c1:
    countries = ui.choose_many(
        "filter.countries", spec["countries"].options, state["countries"], "reg_countries", "country"
    )
with c2:
    levels = ui.choose_many("filter.levels", spec["levels"].options, state["levels"], "reg_levels", "level")
with c3:
    events = ui.choose_many("filter.events", spec["events"].options, state["events"], "reg_events", "event")
years = ui.year_slider(state["years"], bounds, "reg_years")
search = st.text_input(t("filter.search", lang), value=str(state["q"]), key="reg_q", max_chars=80)
ui.sync_url({"countries": countries, "levels": levels, "events": events, "years": years, "q": search}, spec, "register")

records = register.filter_records(tables, list(countries), list(levels), list(events), years, search, bounds)
st.caption(t("register.count", lang, shown=len(records), total=len(tables.label_events)))
source_column = t("register.col.source", lang)
ui.safe_table(
    register.display_table(records, lang),
    {source_column: st.column_config.LinkColumn(source_column, display_text=t("source.link", lang))},
)
