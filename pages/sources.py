"""Kilder og data: every figure with its quote and link, the data dictionary, discrepancies, downloads."""

import streamlit as st

from src import source_list, ui
from src.i18n import t
from src.text_safety import escape_markdown

LANG = ui.LANG
tables = ui.tables()

st.title(t("sources.title", LANG))
st.caption(t("sources.lead", LANG))
link_column = t("sources.col.link", LANG)

st.subheader(t("sources.figures", LANG))
ui.safe_table(
    source_list.figures_table(tables, LANG),
    {link_column: st.column_config.LinkColumn(link_column, display_text=t("source.link", LANG))},
)
st.subheader(t("sources.publications", LANG))
pub_link = t("sources.pub.url", LANG)
ui.safe_table(source_list.publications_table(tables, LANG), {pub_link: st.column_config.LinkColumn(pub_link)})

st.subheader(t("sources.discrepancies", LANG))
for line in source_list.discrepancies(LANG):
    st.markdown(f"- {escape_markdown(line)}")

st.subheader(t("sources.dictionary", LANG))
ui.safe_table(source_list.dictionary_table(LANG))

st.subheader(t("sources.downloads", LANG))
for item in source_list.downloads(tables, LANG):
    st.download_button(
        item.label, item.data, file_name=item.file_name, mime="text/csv", on_click="ignore", key=item.file_name
    )
