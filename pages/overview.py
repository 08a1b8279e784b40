"""Oversikt: the key figures with their sources and the article's argument in three sentences."""

import streamlit as st

from src import summaries, ui
from src.i18n import t
from src.text_safety import escape_markdown

LANG = ui.LANG
tables = ui.tables()

st.title(t("overview.title", LANG))
st.markdown(escape_markdown(summaries.lead(tables, LANG)))
for sentence in summaries.argument(tables, LANG):
    st.markdown(f"- {escape_markdown(sentence)}")

cards = summaries.cards(tables, LANG)
for start in range(0, len(cards), 3):  # row by row, so a phone stacks them in reading order
    for column, card in zip(st.columns(3), cards[start : start + 3], strict=False):
        with column:
            ui.metric_card(card.label, card.value, card.source, card.quote)

st.subheader(t("overview.more", LANG))
for page, key in [
    ("comparison", "nav.comparison"),
    ("follow_up", "nav.follow_up"),
    ("levels", "nav.levels"),
    ("register", "nav.register"),
    ("sources", "nav.sources"),
]:
    st.page_link(f"pages/{page}.py", label=t(key, LANG))
