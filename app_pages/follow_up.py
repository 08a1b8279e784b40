"""Oppfølging: 55 first benchmarkings → 24 renewed or upgraded → 31 lapsed, with the rate's interval."""

import streamlit as st

from src import ui
from src.text import formatting
from src.text.i18n import t

lang = ui.lang()
ui.tables()  # a clear message and a stop if the data cannot be read
result = ui.article_follow_up()

st.title(t("follow_up.title", lang))
st.markdown(t("follow_up.lead", lang))
st.metric(t("follow_up.rate", lang), formatting.percent(result.rate, lang), border=True)
st.caption(
    t(
        "follow_up.interval",
        lang,
        rate=formatting.percent(result.rate, lang),
        followed=result.followed_up,
        total=result.total,
        low=formatting.percent(result.low, lang),
        high=formatting.percent(result.high, lang),
    )
)
if not result.is_consistent:
    st.warning(t("follow_up.inconsistent", lang, followed=result.followed_up, lapsed=result.lapsed, total=result.total))
ui.chart_block("follow_up", {})
st.info(t("follow_up.definition", lang))
