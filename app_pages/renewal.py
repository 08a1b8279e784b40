"""Fornyelse: the follow-up computed from the public records beside the article's, and the expiry radar."""

from datetime import date

import streamlit as st

from src import formatting, metrics, renewal, ui
from src.i18n import t
from src.text_safety import escape_markdown

lang = ui.lang()
tables = ui.tables()
today = date.today()

st.title(t("renewal.title", lang))
st.caption(t("renewal.lead", lang))

st.subheader(t("follow_up.computed.title", lang))
computed = ui.computed_follow_up(lang, today)
st.markdown(escape_markdown(computed.definition))
computed_share, article_share = renewal.shares(computed, metrics.follow_up(tables.figures), lang)
left, right = st.columns(2)
left.metric(t("renewal.metric.computed", lang), computed_share, border=True)
right.metric(t("renewal.metric.article", lang), article_share, border=True)
st.caption(escape_markdown(computed.coverage))
st.caption(escape_markdown(computed.comparison))
st.info(t("follow_up.computed.partial_note", lang))
ui.safe_table(computed.by_country)

st.subheader(t("radar.title", lang))
on = st.date_input(t("radar.date", lang), value=today, min_value=date(2012, 1, 1), max_value=today, key="radar_on")
months = st.slider(t("radar.months", lang), 1, 24, 6, key="radar_months")
counts, due, board = ui.radar_tables(lang, on, months)
st.caption(escape_markdown(t("radar.as_of", lang, date=formatting.day(on, lang)) + ": " + counts))
st.markdown(f"**{escape_markdown(t('radar.window', lang, months=months))}**")
if len(due):
    ui.safe_table(due)
else:
    st.info(t("radar.none", lang))
with st.expander(t("radar.all", lang)):
    ui.safe_table(board)
for note in renewal.validity_notes(tables, lang):
    st.caption(escape_markdown(note))
