"""Kilder og data: every figure with its quote and link, the data dictionary, discrepancies, downloads."""

import streamlit as st

from src import ui
from src.text.i18n import t
from src.ui.changes import changes_section

lang = ui.lang()
ui.tables()  # a clear message and a stop if the data cannot be read
content = ui.sources_page(lang)

st.title(t("sources.title", lang))
st.caption(t("sources.lead", lang))
link_column = t("sources.col.link", lang)

st.header(t("sources.figures", lang))
ui.safe_table(
    content.figures,
    {link_column: st.column_config.LinkColumn(link_column, display_text=t("source.link", lang))},
)
st.header(t("sources.publications", lang))
pub_link = t("sources.pub.url", lang)
ui.safe_table(content.publications, {pub_link: st.column_config.LinkColumn(pub_link)})

st.header(t("sources.discrepancies", lang))
st.caption(t("sources.discrepancies.lead", lang))
for item in content.discrepancies:
    ui.discrepancy(item, lang)
st.header(t("sources.renames", lang))
ui.safe_table(content.renames, ui.link_columns([t("sources.rename.link", lang)], lang))

st.header(t("sources.dictionary", lang))
ui.safe_table(content.dictionary)

st.header(t("sources.downloads", lang))
root = ui.app_root("sources")
ui.copyable(t("export.dataset.heading", lang), ui.dataset_citation(lang, root))
ui.press_kit_button(lang, root)
for item in content.downloads:
    st.download_button(
        item.label, item.data, file_name=item.file_name, mime="text/csv", on_click="ignore", key=item.file_name
    )

changes_section(lang)  # 'Hva er endret': each data release against the one before it
