"""Register: the public label records as a filterable table with source links."""

import streamlit as st

from src import ui
from src.text import formatting
from src.text.i18n import t, tn
from src.views import filters, register

lang = ui.lang()
ui.tables()  # a clear message and a stop if the data cannot be read

st.title(t("register.title", lang))
st.caption(t("register.lead", lang))
st.info(register.coverage_text(ui.register_coverage(), lang))
st.caption(t("register.events_note", lang))

spec = ui.page_params("register")
state = ui.url_values(spec, "register")
bounds = filters.year_span(spec)
c1, c2, c3 = st.columns([2, 2.4, 3.6])  # the events need room for «Registeroppføring» on one line
with c1:
    countries = ui.choose_codes("countries", spec, state, "reg")
with c2:
    levels = ui.choose_codes("levels", spec, state, "reg")
with c3:
    events = ui.choose_codes("events", spec, state, "reg")
years = ui.year_slider(state["years"], bounds, "reg_years")
search = st.text_input(t("filter.search", lang), value=str(state["q"]), key="reg_q", max_chars=80)
st.page_link("app_pages/organisation.py", label=t("org.search.small", lang), icon="🔎")
undated = st.checkbox(t("register.undated", lang), value=state["undated"] == "include", key="reg_undated")
values = {"countries": countries, "levels": levels, "events": events, "years": years, "q": search,
          "undated": "include" if undated else "exclude"}  # fmt: skip
ui.sync_url(values, spec, "register")

chosen = register.filters_of(values)
shown = ui.register_view(chosen, bounds, lang)
st.caption(tn("register.count_undated", shown.total, lang, shown=formatting.number(len(shown.table), lang),
              undated=formatting.number(shown.undated, lang)))  # fmt: skip
if shown.matched > len(shown.table):
    st.info(tn("register.truncated", shown.matched, lang, shown=formatting.number(len(shown.table), lang)))
ui.register_table(shown.table, lang)
st.download_button(
    t("register.download", lang),
    lambda: ui.register_csv(chosen, bounds, lang),
    file_name=ui.register_csv_name(chosen, bounds, lang),
    mime="text/csv",
    on_click="ignore",
    key="register_csv",
)
