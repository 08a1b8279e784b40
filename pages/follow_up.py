"""Oppfølging: 55 first benchmarkings → 24 renewed or upgraded → 31 lapsed, with the rate's interval."""

import streamlit as st

from src import formatting, metrics, ui
from src.i18n import t

LANG = ui.LANG
tables = ui.tables()
result = metrics.follow_up(tables.figures)

st.title(t("follow_up.title", LANG))
st.markdown(t("follow_up.lead", LANG))
st.metric(t("follow_up.rate", LANG), formatting.percent(result.rate, LANG), border=True)
st.caption(
    t(
        "follow_up.interval",
        LANG,
        rate=formatting.percent(result.rate, LANG),
        followed=result.followed_up,
        total=result.total,
        low=formatting.percent(result.low, LANG),
        high=formatting.percent(result.high, LANG),
    )
)
if not result.is_consistent:
    st.warning(t("follow_up.inconsistent", LANG, followed=result.followed_up, lapsed=result.lapsed, total=result.total))
ui.chart_block(ui.view("follow_up", LANG))
st.info(t("follow_up.definition", LANG))
