"""Organisasjon: one organisation's names, labels and validity, scores, status on a chosen day and every source.

`?org=<id>` chooses the organisation, `?on=YYYY-MM-DD` the day; without a known id the page is a search.
"""

from datetime import date

import streamlit as st

from src import ui
from src.text.i18n import t, tn
from src.text.text_safety import escape_markdown, markdown_link
from src.ui import org as ui_org
from src.views import filters

lang = ui.lang()
ui.tables()  # a clear message and a stop if the data cannot be read
today = date.today()

spec = ui.page_params("organisation")
state = ui.url_values(spec, "organisation")
org_id = str(state["org"])
profile = ui_org.profile(org_id, lang) if org_id else None
if profile is None:
    if org_id:
        st.info(t("org.unknown", lang, value=escape_markdown(org_id[:40])), icon="ℹ️")
    ui.sync_url({"org": "", "on": state["on"]}, spec, "organisation")
    st.title(t("org.search.title", lang))
    ui_org.search_box("org_search")
    st.stop()

st.title(escape_markdown(profile.name), anchor=False)
st.caption(t("org.lead", lang))
facts = [f"**{escape_markdown(label)}:** {escape_markdown(value)}" for label, value in profile.facts]
counts = tn("org.counts", profile.records, lang, events=tn("count.label_events", profile.events, lang))
st.markdown("  \n".join([*facts, escape_markdown(counts)]))

st.header(t("org.former.title", lang))
ui_org.former_names(profile.former, lang)

st.header(t("org.status.title", lang))
picked = st.date_input(t("org.status.date", lang), value=state["on"], min_value=filters.RADAR_START, max_value=today,
                       key="org_on", format=ui.date_format(lang))  # fmt: skip
on = picked if isinstance(picked, date) else today  # a cleared field means today
ui.sync_url({"org": org_id, "on": on}, spec, "organisation")
ui_org.keep_in_address(org_id)
st.info(escape_markdown(ui_org.status(org_id, on, lang)))

ui.chart_block("org_timeline", {"org": org_id, "on": on})
scores = ui.chart_view("org_scores", {"org": org_id})
if scores is not None:
    ui.chart_tabs(scores)
else:
    st.caption(t("org.no_scores", lang))

st.header(t("org.sources.title", lang))
for ref in profile.sources:
    ui.quote(ref.quote, ref.lang, lead=markdown_link(ref.where, ref.url))

st.divider()
ui_org.search_box("org_search_more", compact=True)
