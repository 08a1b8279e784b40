"""Oversikt: the key figures with their sources, the article's argument in three sentences, and Europe around them."""

import streamlit as st

from src import ui
from src.text.i18n import t
from src.text.text_safety import escape_markdown
from src.ui import org as ui_org
from src.views.registry import PAGES

lang = ui.lang()
ui.tables()  # stops with a clear message when the data cannot be read
lead, argument, cards = ui.overview(lang)

st.title(t("overview.title", lang))
st.markdown(escape_markdown(lead))
for sentence in argument:
    st.markdown(f"- {escape_markdown(sentence)}")

for start in range(0, len(cards), 3):  # row by row, so a phone stacks them in reading order
    for column, card in zip(st.columns(3), cards[start : start + 3], strict=False):
        with column:
            ui.metric_card(card.label, card.value, card.source, card.quote)

ui_org.search_box("overview_org_search", compact=True)

st.header(t("overview.europe.heading", lang))
ui.chart_block("europe_labels", {})

st.header(t("overview.more", lang))
for page in PAGES:
    if page.menu and not page.default:
        st.page_link(page.script, label=t(page.nav_key, lang))
