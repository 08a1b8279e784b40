"""Fornyelse: the follow-up computed from the public records beside the article's, and the expiry radar."""

from datetime import date

import streamlit as st

from src import ui
from src.text import formatting
from src.text.i18n import t, tn
from src.text.text_safety import escape_markdown
from src.ui import org as ui_org
from src.views import filters, renewal

lang = ui.lang()
ui.tables()  # a clear message and a stop if the data cannot be read
today = date.today()

st.title(t("renewal.title", lang))
st.caption(t("renewal.lead", lang))

st.header(t("follow_up.computed.title", lang))
computed = ui.computed_follow_up(lang, today)
st.markdown(escape_markdown(computed.definition))
computed_share, article_share = renewal.shares(computed, ui.article_follow_up(), lang)
left, right = st.columns(2)
left.metric(t("renewal.metric.computed", lang), computed_share, border=True)
right.metric(t("renewal.metric.article", lang), article_share, border=True)
st.caption(escape_markdown(computed.coverage))
st.caption(escape_markdown(computed.comparison))
st.info(t("follow_up.computed.partial_note", lang))
ui.small_table(computed.by_country)

st.header(t("radar.title", lang))
spec = ui.page_params("renewal")
state = ui.url_values(spec, "renewal")
low, high, _ = filters.RADAR_MONTHS
left, right = st.columns(2)
picked = left.date_input(t("radar.date", lang), value=state["on"], min_value=filters.RADAR_START, max_value=today,
                         key="radar_on", format=ui.date_format(lang))  # fmt: skip
on = picked if isinstance(picked, date) else today  # a cleared field means today
months = int(right.slider(t("radar.months", lang), low, high, int(state["months"]), key="radar_months"))  # type: ignore[arg-type]
ui.sync_url({"on": on, "months": months}, spec, "renewal")
radar = ui.radar_tables(lang, on, months)
if radar.records_end:
    st.warning(escape_markdown(radar.records_end), icon="📅")
st.caption(escape_markdown(t("radar.as_of_counts", lang, date=formatting.day(on, lang), counts=radar.counts)))
ui.chart_block("expiry_radar", {"on": on, "months": months})
st.markdown(f"**{escape_markdown(tn('radar.window', months, lang))}**")
if len(radar.due):
    ui.counted_table(radar.due, radar.due_total, ui_org.link_column(lang))
else:
    st.info(t("radar.none", lang))
board = ui.folded(t("radar.all", lang), "radar_board")
if board is not None:
    with board:
        ui.counted_table(radar.board, radar.board_total, ui_org.link_column(lang))
for note in [*ui.validity_notes(lang), radar.unknown_note]:
    st.caption(escape_markdown(note))
